import Foundation
import Testing
@testable import Playground

@Suite("CSV files as untrusted input")
struct CSVFileTests {
    @Test func onlyARegularFileIsRead() {
        #expect(throws: CSVError("/dev/zero", line: nil, "is a device, not a CSV")) {
            try CustomData.read(path: "/dev/zero")
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: CSVError(folder, line: nil, "is a folder, not a CSV")) { try CustomData.read(path: folder) }
    }
}
