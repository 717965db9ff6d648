import Foundation
import TestSupport
import Testing

@testable import quotes

/// `AvailableCores`, the default of `--jobs`: the affinity mask and the cgroup quota count, not only the machine.
struct AvailableCoresTests {
    @Test(arguments: [
        ("0", 1), ("0-1", 2), ("0-3,8,10-11", 7), ("5\n", 1), (" 0-63 ", 64),
    ])
    func cpuListsCountTheirCores(list: String, cores: Int) {
        #expect(AvailableCores.cores(cpuList: Array(list.utf8)) == cores)
    }

    @Test(arguments: ["", "3-1", "a", "0-", "1-2-3", ","])
    func malformedCPUListsCountNothing(list: String) {
        #expect(AvailableCores.cores(cpuList: Array(list.utf8)) == nil)
    }

    @Test func quotasRoundUpAndNoQuotaIsNil() {
        #expect(AvailableCores.cores(cpuMax: Array("200000 100000\n".utf8)) == 2)
        #expect(AvailableCores.cores(cpuMax: Array("150000 100000".utf8)) == 2)
        #expect(AvailableCores.cores(cpuMax: Array("50000 100000".utf8)) == 1)
        #expect(AvailableCores.cores(cpuMax: Array("max 100000\n".utf8)) == nil)
        #expect(AvailableCores.cores(cpuMax: Array("".utf8)) == nil)
        // cgroup v1: `-1` is no quota.
        #expect(AvailableCores.cores(quota: Array("-1\n".utf8), period: Array("100000\n".utf8)) == nil)
        #expect(AvailableCores.cores(quota: Array("400000\n".utf8), period: Array("100000\n".utf8)) == 4)
    }

    @Test func aKeyMatchesOnlyAtTheStartOfALine() {
        // /proc/self/cgroup with cgroup v1 lines before the v2 one (`0::`), one of them holding `0::` inside.
        let groups = Array("10:cpuset:/a0::x\n1:name=systemd:/b\n0::/c/d \n".utf8)
        #expect(AvailableCores.value(after: Array("0::".utf8), in: groups) == Array("/c/d".utf8))
        #expect(AvailableCores.value(after: Array("10:".utf8), in: groups) == Array("cpuset:/a0::x".utf8))
        #expect(AvailableCores.value(after: Array("2:".utf8), in: groups) == nil)
    }

    @Test func theDefaultIsNeverMoreThanTheMachineNorLessThanOne() {
        #expect((1...ProcessInfo.processInfo.activeProcessorCount).contains(AvailableCores.count))
        if let affinity = AvailableCores.affinityCount() { #expect(AvailableCores.count <= affinity) }
    }

    /// As a user meets it: a command pinned to one core defaults to one job, which `--help` shows.
    @Test func aCommandPinnedToOneCoreDefaultsToOneJob() throws {
        let taskset = URL(fileURLWithPath: "/usr/bin/taskset")
        guard FileManager.default.isExecutableFile(atPath: taskset.path),
            ProcessInfo.processInfo.activeProcessorCount > 1,
            let binary = TestSupport.quotesBinary
        else { return }
        let pinned = try TestSupport.run(taskset, ["-c", "0", binary.path, "extract", "--help"])
        let help = String(decoding: pinned.stdout, as: UTF8.self).split(separator: "\n").joined(separator: " ")
        #expect(help.contains("the cores this process may use (default: 1)"), "\(help)")
    }
}
