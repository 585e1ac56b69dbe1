/// Where a ward (phường/xã) is, as one point: its centroid in WGS 84 degrees. CAP areas given only as a polygon or a
/// circle are placed in the wards whose centroid they contain. The city's GIS office supplies the points (a file
/// named by `ward_centroids:`); none are bundled, since no sourced centroids of the 2025 wards are at hand.
public struct WardCentroid: Sendable, Hashable {
    public var code: String
    public var latitude: Double
    public var longitude: Double

    public init(code: String, latitude: Double, longitude: Double) {
        self.code = code; self.latitude = latitude; self.longitude = longitude
    }
}
