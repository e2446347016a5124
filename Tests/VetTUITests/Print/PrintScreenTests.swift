import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Whether CUPS answers here: the print form's printer list (and so its screen) depends on it.
private let cupsRunning: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/lpstat")
    process.arguments = ["-r"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.contains("scheduler is running")
}()

/// The print key on the account and invoice screens, the print form, the manager's printer
/// settings, and a staff row opened in full.
@MainActor
@Suite struct PrintScreenTests {
    @Test(.enabled(if: cupsRunning, "CUPS is not running (run .ci/cups-test-queue as root)"))
    func statementPrintFormAt80x24() throws {
        let practice = try TestPractice.clinical()
        try practice.rexConsultation(vet: try practice.addSecondVetSession())
        let driver = AppDriver(practice, size: .minimum)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("a"), .function(4)])
        expectGolden(driver.screen, named: "print-form-80x24")
    }

    @Test(.enabled(if: cupsRunning, "CUPS is not running (run .ci/cups-test-queue as root)"))
    func savingToAFileFromTheInvoiceLogsThePrintout() throws {
        let practice = try TestPractice.clinical()
        let invoice = try practice.rexConsultation(vet: try practice.addSecondVetSession()).invoice
        _ = try practice.store.finaliseInvoice(id: invoice.id ?? 0, expectedVersion: invoice.version, as: practice.receptionist)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("invoice-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: out) }
        let driver = AppDriver(practice, size: .minimum)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("a"), .enter, .character("P"), .tab, .tab])
        driver.type(out.path)
        driver.send([.function(2)])
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("Invoice INV-"))
        #expect(driver.screen.contains("written to"))
        let log = try practice.store.exportLog(as: practice.manager)
        #expect(log.map(\.kind) == [.printout])
        #expect(log.first?.location == out.path)
    }

    @Test(.enabled(if: cupsRunning, "CUPS is not running (run .ci/cups-test-queue as root)"))
    func managerPrinterSettingsAt80x24() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice, size: .minimum)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("o")])
        expectGolden(driver.screen, named: "print-settings-80x24")
        driver.type("GB123456789")
        driver.send([.tab, .tab, .down, .function(2)])
        let saved = try practice.store.documentSettings().settings
        #expect(saved.vatNumber == "GB123456789")
        #expect(saved.paper == .receipt)
    }

    @Test func staffRowOpensInFull() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice, size: .minimum)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("u"), .enter])
        expectGolden(driver.screen, named: "staff-row-80x24")
    }
}
