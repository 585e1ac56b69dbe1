import Foundation

/// A real rsyslog (Debian's `rsyslogd`) as the SOC collector: run in the foreground (`rsyslogd -n -f CONF -i PIDFILE`)
/// with `imtcp` on 127.0.0.1 (over TLS with `rsyslog-openssl` when given a certificate) and an `omfile` action that
/// writes each message as received, one per line. Stopped and started again on the same port and file.
public final class RsyslogCollector: @unchecked Sendable {
    public let port: Int
    /// The file the messages are written to.
    public let output: String
    private let folder: String
    private let config: String
    private let pidFile: String

    /// Writes the configuration in `folder` (a TLS server certificate and key make it a TLS listener) and starts it.
    public init(folder: String, tls: (certificate: String, key: String, authority: String)? = nil) throws {
        self.folder = folder
        output = folder + "/received.log"
        config = folder + "/rsyslog.conf"
        pidFile = folder + "/rsyslogd.pid"
        let probe = ShellCommand.run("python3 -c 'import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])'")
        guard let p = Int(probe.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw RsyslogFailure(description: "no free port: \(probe.error)")
        }
        port = p
        try FileManager.default.createDirectory(atPath: folder + "/work", withIntermediateDirectories: true)
        var global = "global(workDirectory=\"\(folder)/work\""
        var module = "module(load=\"imtcp\""
        if let tls {
            global += " DefaultNetstreamDriver=\"ossl\" DefaultNetstreamDriverCAFile=\"\(tls.authority)\""
                + " DefaultNetstreamDriverCertFile=\"\(tls.certificate)\" DefaultNetstreamDriverKeyFile=\"\(tls.key)\""
            module += " StreamDriver.Name=\"ossl\" StreamDriver.Mode=\"1\" StreamDriver.AuthMode=\"anon\""
        }
        try """
        \(global))
        \(module))
        template(name="raw" type="string" string="%rawmsg%\\n")
        ruleset(name="soc") { action(type="omfile" file="\(output)" template="raw") }
        input(type="imtcp" address="127.0.0.1" port="\(port)" ruleset="soc")

        """.write(toFile: config, atomically: true, encoding: .utf8)
        try start()
    }

    /// Starts rsyslogd and waits until it listens.
    public func start() throws {
        let r = ShellCommand.run("(rsyslogd -n -f '\(config)' -i '\(pidFile)' >>'\(folder)/rsyslogd.out' 2>&1 &)")
        guard r.status == 0 else { throw RsyslogFailure(description: "rsyslogd did not start: \(r.error)") }
        let listening = Eventually.holds(timeout: 10) {
            ShellCommand.run("python3 -c 'import socket; socket.create_connection((\"127.0.0.1\", \(port)), 1).close()'").status == 0
        }
        guard listening else {
            throw RsyslogFailure(description: "rsyslogd is not listening on \(port): "
                                 + ((try? String(contentsOfFile: folder + "/rsyslogd.out", encoding: .utf8)) ?? ""))
        }
    }

    /// Stops rsyslogd (SIGTERM, as a service manager would) and waits until it has gone.
    public func stop() {
        ShellCommand.run("pid=$(cat '\(pidFile)' 2>/dev/null) && kill -TERM $pid && while kill -0 $pid 2>/dev/null; do sleep 0.05; done")
    }

    /// The messages received so far, one per line.
    public var received: [String] {
        ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// The audit record ids of the messages received, in the order received (`id="17"` of the structured data).
    public var recordIDs: [Int] {
        received.compactMap { line in
            guard let r = line.range(of: " id=\"") else { return nil }
            return Int(line[r.upperBound...].prefix { $0 != "\"" })
        }
    }
}
