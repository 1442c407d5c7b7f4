import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("Output style")
struct OutputStyleTests {
    @Test func aLocaleThatIsNotUTF8GetsThePlainPicture() {
        #expect(OutputStyle.isUTF8(["LANG": "en_US.UTF-8"]) && OutputStyle.isUTF8(["LC_ALL": "C.utf8", "LANG": "C"]))
        #expect(
            !OutputStyle.isUTF8([:]) && !OutputStyle.isUTF8(["LANG": "C"]) && !OutputStyle.isUTF8(["LC_ALL": "POSIX"]))
        #expect(!OutputStyle.isUTF8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]), "LC_ALL wins")
    }
}
