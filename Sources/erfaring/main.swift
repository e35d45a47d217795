import ErfaringCLI

ErfaringCommand.runMain()
