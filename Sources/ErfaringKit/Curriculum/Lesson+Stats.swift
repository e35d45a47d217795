extension Lesson {
    /// Words a learner reads in this lesson in `language`: its title and every block.
    public func wordCount(in language: Language) -> Int {
        TextChecks.wordCount(title[language])
            + blocks.reduce(0) { sum, block in
                sum + block.texts.reduce(0) { $0 + TextChecks.wordCount($1[language]) }
            }
    }

    /// How many blocks of `kind` the lesson has.
    public func count(of kind: Block.Kind) -> Int { blocks.count { $0.kind == kind } }
}
