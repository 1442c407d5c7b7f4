import NeuralEngine

extension DatasetKind {
    /// Generates `count` points with `noise` in 0 ... 0.5 (Playground's slider / 100) and, for blobs,
    /// `classes` clusters. Deterministic in `rng`.
    public func generate(count: Int, noise: Double, classes: Int = 3, rng: inout SplitMix64) -> [DataPoint] {
        var points: [DataPoint] = []
        points.reserveCapacity(count)
        switch self {
        case .circle: circle(count, noise, &rng, &points)
        case .xor: xor(count, noise, &rng, &points)
        case .gauss:
            let variance = 0.5 + noise / 0.5 * 3.5
            for (i, size) in shares(count, 2).enumerated() {
                let centre = i == 0 ? 2.0 : -2.0
                for _ in 0..<size {
                    points.append(
                        point(
                            rng.normal(mean: centre, variance: variance),
                            rng.normal(mean: centre, variance: variance), i == 0 ? 1 : 0))
                }
            }
        case .spiral: spiral(arms: 2, count, noise, &rng, &points)
        case .spiral3: spiral(arms: 3, count, noise, &rng, &points)
        case .moons: moons(count, noise, &rng, &points)
        case .blobs: blobs(classes, count, noise, &rng, &points)
        case .regressionPlane:
            for _ in 0..<count {
                let (x, y, nx, ny) = uniformWithNoise(noise, &rng)
                points.append(point(x, y, Float((x + nx + y + ny) / 10)))
            }
        case .regressionGauss:
            for _ in 0..<count {
                let (x, y, nx, ny) = uniformWithNoise(noise, &rng)
                points.append(point(x, y, Self.sixBumps(x + nx, y + ny)))
            }
        }
        return points
    }

    // MARK: - Playground's classification sets

    private func circle(_ count: Int, _ noise: Double, _ rng: inout SplitMix64, _ points: inout [DataPoint]) {
        let radius = 5.0
        for (i, size) in shares(count, 2).enumerated() {
            let band = i == 0 ? 0...(radius * 0.5) : (radius * 0.7)...radius
            for _ in 0..<size {
                let r = rng.uniform(band), angle = rng.uniform(0...(2 * Double.pi))
                let x = r * Libm.sin(angle), y = r * Libm.cos(angle)
                let nx = rng.uniform(-radius...radius) * noise, ny = rng.uniform(-radius...radius) * noise
                let inside = ((x + nx) * (x + nx) + (y + ny) * (y + ny)).squareRoot() < radius * 0.5
                points.append(point(x, y, inside ? 1 : 0))
            }
        }
    }

    private func xor(_ count: Int, _ noise: Double, _ rng: inout SplitMix64, _ points: inout [DataPoint]) {
        let padding = 0.3
        for _ in 0..<count {
            var x = rng.uniform(-5...5), y = rng.uniform(-5...5)
            x += x > 0 ? padding : -padding
            y += y > 0 ? padding : -padding
            let nx = rng.uniform(-5...5) * noise, ny = rng.uniform(-5...5) * noise
            points.append(point(x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0))
        }
    }

    /// Playground's spiral (arms = 2, labels 1 and 0 as its +1 and −1), generalised to more arms.
    private func spiral(arms: Int, _ count: Int, _ noise: Double, _ rng: inout SplitMix64, _ points: inout [DataPoint])
    {
        for (arm, size) in shares(count, arms).enumerated() {
            let n = Double(size), deltaT = 2 * Double.pi * Double(arm) / Double(arms)
            let label = arms == 2 ? (arm == 0 ? 1 : 0) : Float(arm)
            for i in 0..<size {
                let r = Double(i) / n * 5, t = 1.75 * Double(i) / n * 2 * Double.pi + deltaT
                points.append(
                    point(
                        r * Libm.sin(t) + rng.uniform(-1...1) * noise,
                        r * Libm.cos(t) + rng.uniform(-1...1) * noise, label))
            }
        }
    }

    // MARK: - Ours

    /// Two half circles (scikit-learn's moons) scaled by 4 to span x in −6 ... 6; noise moves points by a
    /// gaussian with standard deviation 2·noise (up to 1 at 50%).
    private func moons(_ count: Int, _ noise: Double, _ rng: inout SplitMix64, _ points: inout [DataPoint]) {
        for (moon, size) in shares(count, 2).enumerated() {
            for i in 0..<size {
                let t = Double.pi * Double(i) / Double(Swift.max(size - 1, 1))
                let (x, y) = moon == 0 ? (Libm.cos(t), Libm.sin(t)) : (1 - Libm.cos(t), 0.5 - Libm.sin(t))
                let std = 2 * noise
                points.append(
                    point(
                        (x - 0.5) * 4 + rng.normal(variance: std * std),
                        (y - 0.25) * 4 + rng.normal(variance: std * std), moon == 0 ? 1 : 0))
            }
        }
    }

    /// K gaussian clusters on a circle of radius 3.5, variance as Playground's gauss (0.5 ... 4 with noise).
    private func blobs(
        _ classes: Int, _ count: Int, _ noise: Double, _ rng: inout SplitMix64, _ points: inout [DataPoint]
    ) {
        let variance = 0.5 + noise / 0.5 * 3.5
        for (k, size) in shares(count, classes).enumerated() {
            let angle = 2 * Double.pi * Double(k) / Double(classes) + Double.pi / 4
            let cx = 3.5 * Libm.cos(angle), cy = 3.5 * Libm.sin(angle)
            for _ in 0..<size {
                points.append(
                    point(
                        rng.normal(mean: cx, variance: variance),
                        rng.normal(mean: cy, variance: variance), Float(k)))
            }
        }
    }

    // MARK: - Helpers

    /// Splits `count` into `parts` sizes that differ by at most one and add up to `count`.
    private func shares(_ count: Int, _ parts: Int) -> [Int] {
        (0..<parts).map { count / parts + ($0 < count % parts ? 1 : 0) }
    }

    private func point(_ x: Double, _ y: Double, _ label: Float) -> DataPoint {
        DataPoint(x: Float(x), y: Float(y), label: label)
    }

    private func uniformWithNoise(_ noise: Double, _ rng: inout SplitMix64) -> (Double, Double, Double, Double) {
        let x = rng.uniform(-6...6), y = rng.uniform(-6...6)
        return (x, y, rng.uniform(-6...6) * noise, rng.uniform(-6...6) * noise)
    }

    /// Playground's "multi gaussian": the strongest of six signed bumps, each falling from 1 at its centre
    /// to 0 at distance 2.
    private static func sixBumps(_ x: Double, _ y: Double) -> Float {
        let bumps: [(Double, Double, Double)] = [
            (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1),
        ]
        var label = 0.0
        for (cx, cy, sign) in bumps {
            let distance = ((x - cx) * (x - cx) + (y - cy) * (y - cy)).squareRoot()
            let value = sign * Swift.min(Swift.max(1 - distance / 2, 0), 1)
            if Swift.abs(value) > Swift.abs(label) { label = value }
        }
        return Float(label)
    }
}
