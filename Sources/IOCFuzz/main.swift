// ioc-fuzz: libFuzzer targets for every parser of text from outside (scripts/fuzz, Docs/Security.md, "Fuzzing").
//
// One executable, one link: the target is named by IOC_FUZZ_TARGET (an environment variable, so libFuzzer's own
// child processes — `-merge=1`, `-minimize_crash=1` — run the same one); the rest of the command line is libFuzzer's.
//
//     IOC_FUZZ_TARGET=layout .build/fuzz/release/ioc-fuzz -max_total_time=60 corpus/
//
// Built only with IOC_FUZZ=1 and `-sanitize=fuzzer` (see scripts/fuzz). SwiftPM links an executable with
// `--defsym main=<module>_main`, so this file's top-level code is `main` and hands over to libFuzzer's driver.
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let targetName = ProcessInfo.processInfo.environment["IOC_FUZZ_TARGET"] ?? ""
if targetName == "list" {
    print(FuzzTargets.all.map(\.name).joined(separator: "\n"))
    exit(0)
}
guard let chosen = FuzzTargets.all.first(where: { $0.name == targetName }) else {
    let names = FuzzTargets.all.map { "  \($0.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \($0.summary)" }
    FileHandle.standardError.write(Data((
        "ioc-fuzz: set IOC_FUZZ_TARGET to one of:\n" + names.joined(separator: "\n") + "\n").utf8))
    exit(2)
}
FuzzTargets.current = chosen.run

let fuzzOne: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { start, count in
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzTargets.current?(data)
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
