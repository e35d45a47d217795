import ArgumentParser
import ErfaringKit
import Foundation


/// `erfaring sync --lrs URL`: send the statements the LRS has not accepted yet.
struct SyncCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sync",
            abstract: CommandLanguage.text(
                nb: "Send fremgangen din som xAPI-utsagn til organisasjonens Learning Record Store (LRS).",
                en: "Send your progress as xAPI statements to your organisation's Learning Record Store."),
            discussion: CommandLanguage.text(nb: norwegianDiscussion, en: englishDiscussion))
    }

    private static let norwegianDiscussion = """
        Brukernavn og passord hentes fra ERFARING_LRS_USER og ERFARING_LRS_PASSWORD, eller fra en \
        netrc-fil ($NETRC eller ~/.netrc), aldri fra kommandolinjen. HTTPS kreves, unntatt på \
        loopback. Bare det LRS-en ikke har tatt imot før, sendes; refleksjoner og svar fra \
        selvtesten sendes aldri.

        Et utsagn regnes som sendt først når LRS-en bekrefter det: 200 med id-en, eller når det \
        finnes når det leses tilbake med id. Videresendinger følges bare når de er 307 eller 308 til \
        LRS-ens eget skjema, vertsnavn og port; alle andre videresendinger stopper synkroniseringen. \
        Når LRS-en er opptatt (429 eller 503), venter sync så lenge Retry-After ber om, opptil 60 s, \
        høyst tre ganger. En forespørsel uten svar på 10 s (ERFARING_LRS_TIMEOUT) prøves igjen, og \
        så gis den opp. Avslutningsstatus: 0 sendt, 1 avvist eller feil adresse, 74 kan ikke nås, \
        75 opptatt, feiler eller svarer ikke (prøv igjen senere), 76 LRS-en bekreftet ikke det den \
        lagret.
        """

    private static let englishDiscussion = """
            Credentials come from ERFARING_LRS_USER and ERFARING_LRS_PASSWORD, or from a netrc \
            file ($NETRC or ~/.netrc), never from the command line. HTTPS is required except on \
            loopback. Only what the LRS has not accepted before is sent; reflections and \
            self-assessment answers are never sent.

            A statement counts as sent only when the LRS confirms it: 200 with its id, or shown \
            when read back by id. Redirects are followed only when they are 307 or 308 on the LRS's own scheme, host and port; any \
            other redirect stops the sync. When the LRS is busy (429 or 503), sync waits as long \
            as Retry-After asks, up to 60 s, three times at most. A request with no answer for \
            10 s (ERFARING_LRS_TIMEOUT) is retried, then given up. Exit status: 0 sent, 1 refused \
            or misdirected, 74 unreachable, 75 busy, failing or no answer (try again later), 76 the LRS \
            did not confirm what it stored.
            """

    @Option(help: CommandLanguage.help(
        nb: "LRS-ens xAPI-endepunkt, for eksempel https://lrs.example.org/xAPI/ (utsagnene går til "
            + "…/statements; et vertsnavn alene får /xAPI/statements).",
        en: "The LRS's xAPI endpoint, such as https://lrs.example.org/xAPI/ (statements go to "
            + "…/statements; a bare host gets /xAPI/statements).", valueName: (nb: "url", en: "url")))
    var lrs: String

    @Option(help: CommandLanguage.help(nb: "Utsagn per forespørsel.", en: "Statements per request."))
    var batch = 50

    @OptionGroup var options: CurriculumOptions

    func validate() throws {
        guard let url = URL(string: lrs), url.host != nil else {
            throw ValidationError(CommandLanguage.text(nb: "'\(lrs)' er ikke en URL", en: "'\(lrs)' is not a URL"))
        }
        guard LRSClient.isAllowed(url) else { throw ValidationError(LRSError.insecure(lrs).description) }
        guard url.host?.contains(":") != true else { throw ValidationError(LRSError.ipv6Literal(lrs).description) }
        guard (1...1000).contains(batch) else {
            throw ValidationError(CommandLanguage.text(nb: "--batch må være mellom 1 og 1000", en: "--batch must be between 1 and 1000"))
        }
    }

    func run(_ context: CommandContext) throws {
        var client = try makeLRSClient(lrs, context)
        let data = try LearnerData.load(options, context)
        let statements = data.xapi(context).statements(profile: data.profile, events: data.events)
        let key = client.statementsURL.absoluteString  // the same LRS however the URL was written
        let sent = try storeCall { () throws(StoreError) in try data.store.sentStatements(profile: data.profile.id, lrs: key) }
        let pending = statements.filter { !sent.contains($0.id) }
        guard !statements.isEmpty else {
            context.write(CommandLanguage.text(nb: "Ingenting å sende ennå: det er ingen fremgang å melde.",
                                               en: "Nothing to send yet: there is no progress to report."))
            return
        }
        guard !pending.isEmpty else {
            context.write(CommandLanguage.text(nb: "Ingenting nytt å sende: LRS-en har allerede alle \(statements.count) utsagnene.",
                                               en: "Nothing new to send: the LRS already has all \(statements.count) statements."))
            return
        }
        let progress = ProgressLine(total: pending.count, shown: context.stderrIsTerminal, write: context.output.standardError)
        client.notice = { notice in progress.note(notice.description) }
        progress.show()
        var done = 0
        for start in stride(from: 0, to: pending.count, by: batch) {
            let slice = Array(pending[start..<min(start + batch, pending.count)])
            do {
                try client.post(slice)
            } catch {
                progress.end()
                // The error first, then what got through before it.
                throw CLIError(lrs: error, then: done == 0
                    ? CommandLanguage.text(nb: "Ingenting ble sendt (\(pending.count) nye utsagn venter til neste synkronisering).",
                                           en: "Nothing was sent (\(pending.count) new statements wait for the next sync).")
                    : CommandLanguage.text(
                        nb: "Sendte \(done) av \(pending.count) nye utsagn før denne feilen; neste synkronisering sender resten.",
                        en: "Sent \(done) of \(pending.count) new statements before this error; the next sync sends the rest."))
            }
            try storeCall { () throws(StoreError) in
                try data.store.markSent(slice.map(\.id), profile: data.profile.id, lrs: key, at: context.now)
            }
            done += slice.count
            progress.update(done)
        }
        progress.end()
        context.write(CommandLanguage.text(nb: "Sendte \(done) nye utsagn til \(key) (\(sent.count) var sendt før).",
                                           en: "Sent \(done) new statements to \(key) (\(sent.count) were sent before)."))
    }
}

/// An LRS client for `url` with credentials from the environment or netrc.
func makeLRSClient(_ url: String, _ context: CommandContext) throws -> LRSClient {
    guard let endpoint = URL(string: url), let host = endpoint.host, !host.isEmpty else {
        throw CLIError("'\(url)' is not a URL", .usage)
    }
    if host.contains(":") { throw CLIError(lrs: .ipv6Literal(url)) }
    let credentials: LRSCredentials.Found
    do {
        credentials = try LRSCredentials.find(host: host, environment: context.environment)
    } catch {
        throw CLIError(error.description, .failure)
    }
    var backoff = [0.5, 2, 5]
    if let text = context.environment["ERFARING_LRS_BACKOFF"], !text.isEmpty {
        let waits = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) }
        guard waits.count <= 5, waits.allSatisfy({ $0.map { (0...60).contains($0) } ?? false }) else {
            throw CLIError("ERFARING_LRS_BACKOFF must be at most five waits of 0 to 60 seconds, "
                           + "separated by commas, found '\(TextChecks.sanitized(text))'", .usage)
        }
        backoff = waits.compactMap { $0 }
    }
    var timeout: Double = 10
    if let text = context.environment["ERFARING_LRS_TIMEOUT"], !text.isEmpty {
        guard let seconds = Double(text), (1...600).contains(seconds) else {
            throw CLIError("ERFARING_LRS_TIMEOUT must be a number of seconds from 1 to 600, "
                           + "found '\(TextChecks.sanitized(text))'", .usage)
        }
        timeout = seconds
    }
    do {
        var client = try LRSClient(endpoint: endpoint, user: credentials.user, password: credentials.password,
                                   credentialSource: credentials.source, timeout: timeout, backoff: backoff)
        client.notice = { notice in context.writeError("erfaring: \(notice)") }
        client.makeTransport = context.http
        return client
    } catch {
        throw CLIError(lrs: error)
    }
}

extension CLIError {
    /// An LRS failure: 1 when the LRS said no or redirected elsewhere (retrying will not help), 74
    /// when it could not be reached, 75 when it is busy, silent or kept failing (try again later), 76 when its
    /// answer does not confirm what it stored.
    init(lrs error: LRSError, then note: String? = nil) {
        let status: ExitStatus
        switch error {
        case .rejected, .notFound, .redirected, .tooManyRedirects: status = .failure
        case .busy, .timedOut, .serverError: status = .tryLater
        case .unconfirmed: status = .unconfirmed
        case .insecure, .ipv6Literal: status = .usage
        case .unauthorized, .noCredentials, .incompleteCredentials: status = .failure
        default: status = .io
        }
        self.init(error.description + (note.map { "\n" + $0 } ?? ""), status)
    }
}
