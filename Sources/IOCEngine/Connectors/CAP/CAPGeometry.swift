import Foundation
import IOCDomain

/// A CAP area's shapes (CAP 1.2 §3.3.2.1: WGS 84 "lat,lon" pairs separated by spaces; a polygon's first and last
/// pairs equal, at least four; a circle "lat,lon radius" in kilometres) and which ward centroids they hold.
package enum CAPGeometry {
    package struct Point: Sendable, Hashable {
        package var latitude: Double
        package var longitude: Double
    }

    /// Most points a polygon may have: a ward-level area needs hundreds, not a hostile sender's millions.
    static let maxPoints = 10_000

    /// The points of a polygon's text, or nil when it is not one (fewer than four pairs, not closed, out of range,
    /// more than `maxPoints`).
    package static func polygon(_ text: String) -> [Point]? {
        guard text.utf8.count < maxPoints * 48 else { return nil }
        let points = text.split(whereSeparator: \.isWhitespace).map { point(String($0)) }
        guard (4...maxPoints).contains(points.count), points.allSatisfy({ $0 != nil }) else { return nil }
        let ring = points.compactMap { $0 }
        return ring.first == ring.last ? ring : nil
    }

    /// A circle's centre and radius in kilometres, or nil.
    package static func circle(_ text: String) -> (center: Point, radiusKm: Double)? {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, let center = point(String(parts[0])), let radius = Double(parts[1]), radius.isFinite,
              radius >= 0 else { return nil }
        return (center, radius)
    }

    private static func point(_ pair: String) -> Point? {
        let parts = pair.split(separator: ",")
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]),
              abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        return Point(latitude: lat, longitude: lon)
    }

    /// Whether `p` lies inside the polygon `ring` (even-odd rule; the areas of a city are far from the poles and
    /// the antimeridian, so degrees serve as plane coordinates).
    package static func contains(_ ring: [Point], _ p: Point) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i], b = ring[j]
            if (a.latitude > p.latitude) != (b.latitude > p.latitude) {
                let crossing = (b.longitude - a.longitude) * (p.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude
                if p.longitude < crossing { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// The great-circle distance between two points in kilometres (haversine, mean Earth radius).
    package static func distanceKm(_ a: Point, _ b: Point) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad, dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }

    /// The codes of the wards whose centroid lies in any polygon or circle of `area`, in the order of `centroids`.
    package static func wards(in area: CAPMessage.Area, centroids: [WardCentroid]) -> [String] {
        let polygons = area.polygons.compactMap(polygon)
        let circles = area.circles.compactMap(circle)
        guard !polygons.isEmpty || !circles.isEmpty else { return [] }
        // A polygon's box first: most centroids are far outside it and cost four comparisons, not a walk of its edges.
        let boxes = polygons.map { ring in
            (lat: ring.map(\.latitude).min()!...ring.map(\.latitude).max()!,
             lon: ring.map(\.longitude).min()!...ring.map(\.longitude).max()!)
        }
        return centroids.filter { c in
            let p = Point(latitude: c.latitude, longitude: c.longitude)
            return zip(polygons, boxes).contains { ring, box in
                box.lat.contains(p.latitude) && box.lon.contains(p.longitude) && contains(ring, p)
            } || circles.contains { distanceKm($0.center, p) <= $0.radiusKm }
        }.map(\.code)
    }
}
