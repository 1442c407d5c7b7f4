/// Scoring many examples at once: the summed loss and the number classified correctly.
///
/// Why it exists: evaluating the train and test sets after every epoch is a forward pass plus this, and
/// calling `loss` and `predictedClass` row by row (a `switch` and a call per row and per value) cost as
/// much as the forward pass of a small network. With one output a row, the rows' outputs lie side by side,
/// so one `loss` call over all of them sums the same terms in the same order as row-by-row calls: the
/// totals are the same to the bit (adding a row's sum that starts from 0 is adding its one term).
extension OutputHead {
    /// The summed loss of `rows` examples (`z` pre-activations, `a` outputs, `t` encoded targets, `width`
    /// values a row) and, if `countingCorrect` and the head classifies, how many rows' predicted class is
    /// their target class (0 otherwise).
    @inlinable
    func score(
        z: UnsafePointer<Float>, a: UnsafePointer<Float>, t: UnsafePointer<Float>, rows: Int, width: Int,
        countingCorrect: Bool
    ) -> (loss: Double, correct: Int) {
        guard width == 1, self != .softmaxCrossEntropy else {
            return scoreRowByRow(z: z, a: a, t: t, rows: rows, width: width, countingCorrect: countingCorrect)
        }
        let total = loss(z: z, a: a, t: t, count: rows)
        guard countingCorrect, self != .linearSquared else { return (total, 0) }
        let boundary = singleOutputBoundary
        var correct = 0
        for r in 0..<rows where (a[r] > boundary) == (t[r] > boundary) { correct &+= 1 }
        return (total, correct)
    }

    /// `score` through `loss` and `predictedClass` one row at a time (softmax's rows need their maximum).
    @usableFromInline
    func scoreRowByRow(
        z: UnsafePointer<Float>, a: UnsafePointer<Float>, t: UnsafePointer<Float>, rows: Int, width: Int,
        countingCorrect: Bool
    ) -> (loss: Double, correct: Int) {
        var total = 0.0, correct = 0
        let counts = countingCorrect && self != .linearSquared
        for r in 0..<rows {
            let offset = r * width
            total += loss(z: z + offset, a: a + offset, t: t + offset, count: width)
            if counts, predictedClass(a + offset, count: width) == predictedClass(t + offset, count: width) {
                correct += 1
            }
        }
        return (total, correct)
    }
}
