/// One series at one time (a row of `observation` by its key).
struct SeriesTime: Hashable {
    let series: Int64
    let ts: Int64
}
