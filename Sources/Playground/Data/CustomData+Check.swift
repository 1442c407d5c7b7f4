extension CustomData {
    /// Largest class count a dataset of one's own may have (the palette's classes).
    public static let maximumClasses = 8

    /// What is wrong with these points as a dataset, or `nil`: what `parse` guarantees, checked again for
    /// points that came another way (a saved model's setup, JSON, a hand-built value), so a label can never
    /// index outside its class's targets.
    public var problem: String? {
        guard points.count >= 2 else { return "needs at least 2 points (got \(points.count))" }
        guard points.count <= Self.maximumPoints else {
            return "more than \(Self.maximumPoints) points (\(points.count))"
        }
        guard classCount == 0 || (2...Self.maximumClasses).contains(classCount) else {
            return "class count \(classCount): use 0 (regression) or 2 … \(Self.maximumClasses)"
        }
        if let bad = points.firstIndex(where: { !$0.x.isFinite || !$0.y.isFinite || !$0.label.isFinite }) {
            return "point \(bad + 1) is not made of finite numbers"
        }
        if let bad = points.firstIndex(where: { abs($0.x) > 6 || abs($0.y) > 6 }) {
            return "point \(bad + 1) lies outside [−6, 6]²"
        }
        if classCount > 0,
            let bad = points.firstIndex(where: {
                $0.label != $0.label.rounded() || $0.label < 0 || $0.label >= Float(classCount)
            })
        {
            return
                "point \(bad + 1) has label \(NumberFormat.compact(Double(points[bad].label))): labels are 0 … \(classCount - 1)"
        }
        if classCount == 0, let bad = points.firstIndex(where: { abs($0.label) > 1 }) {
            return
                "point \(bad + 1) has target \(NumberFormat.compact(Double(points[bad].label))): regression targets lie in [−1, 1]"
        }
        return nil
    }
}
