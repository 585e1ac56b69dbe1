/// A person's action on a scenario run as the shift logbook records it (Vietnamese, the logbook's language):
/// "Kịch bản KB2 (Lũ sông vượt báo động): xong bước «Xác nhận mực nước…» = 5,2: Đài KTTV xác nhận". A drill's
/// entries are marked "[DIỄN TẬP]" so that no reader takes them for a real event.
public enum RunLogText {
    public static func text(_ input: RunInput, run: ScenarioRun) -> String? {
        func step(_ id: String) -> String {
            run.steps.first { $0.id == id }.map { "«\($0.step.title.vi)»" } ?? id
        }
        let numbers = NumberStyle.vietnamese
        let what: String
        switch input {
        case .tick: return nil
        case .accept: what = "chấp nhận đề xuất, kịch bản bắt đầu"
        case .decline(_, _, let reason): what = "không kích hoạt: \(reason)"
        case .startStep(let id, _, _): what = "bắt đầu bước \(step(id))"
        case .completeStep(let id, _, _, let evidence):
            what = "xong bước \(step(id))" + (evidence.number.map { " = " + numbers.auto($0) } ?? "")
                + (evidence.note.map { ": " + $0 } ?? "")
        case .skipStep(let id, _, _, let reason): what = "bỏ qua bước \(step(id)): \(reason)"
        case .decide(let id, let branch, _, _, let note):
            what = "chọn nhánh «\(branch)» ở bước \(step(id))" + (note.map { ": " + $0 } ?? "")
        case .enterStage(let stage, _, _): what = "vào giai đoạn \(stage)"
        case .note(_, _, let text): what = "ghi chú: \(text)"
        case .close(_, _, let note): what = "đóng kịch bản" + (note.map { ": " + $0 } ?? "")
        case .cancel(_, _, let reason): what = "hủy kịch bản: \(reason)"
        }
        return (run.exercise ? "[DIỄN TẬP] " : "") + "Kịch bản \(run.id) (\(run.title.vi)): " + what
    }

    /// The start of a run by hand.
    public static func started(_ run: ScenarioRun) -> String {
        (run.exercise ? "[DIỄN TẬP] " : "") + "Kịch bản \(run.id) (\(run.title.vi)): bắt đầu"
            + (run.state == .proposed ? " (đề xuất)" : "")
    }
}
