import Testing
import Playground
@testable import PlaygroundUI

@Suite("The header")
struct HeaderWidgetTests {
    /// A long lesson title is cut before the losses are dropped: the header keeps train and test loss, epoch
    /// and state (the step-activation lesson at 120 columns showed only "epoch 30  ❚❚ paused"). The dataset's
    /// name goes first, then the program's, and only then is the title cut, at a word.
    @Test func aLongTitleIsCutBeforeTheLossesAreDropped() throws {
        var state = try makeState(width: 80, height: 24, epochs: 30)
        state.title = "Step units cannot learn by gradient descent"
        var screen = Screen(width: 80, height: 1)
        HeaderWidget.draw(state, into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(
            screen.lines == [
                " Step units cannot learn by…     train 0.1169  test 0.1769  epoch 30  ❚❚ paused "
            ])
        state.title = "Too high a learning rate"
        screen = Screen(width: 80, height: 1)
        HeaderWidget.draw(state, into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(
            screen.lines[0].hasPrefix(" Too high a learning rate        train"), "whole, without the program's name")
        state.title = "XOR"
        screen = Screen(width: 80, height: 1)
        HeaderWidget.draw(state, into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(
            screen.lines == [" NeuralPlayground · XOR          train 0.1169  test 0.1769  epoch 30  ❚❚ paused "],
            "a short title stays whole; the dataset's name makes room for the losses")
    }
}
