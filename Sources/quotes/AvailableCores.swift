import FoundationEssentials
import Glibc

/// How many cores this process may use: the default of `--jobs`.
///
/// `ProcessInfo.activeProcessorCount` counts the machine's cores. A process pinned to some of them (`taskset`,
/// a cpuset) or given a CPU quota by its control group (a container started with `--cpus 2`, a Kubernetes pod's
/// CPU limit, a YARN container) may use fewer, and more threads than that only take turns on them. So the default
/// is the least of the machine's cores, the cores of the process's affinity mask (which `activeProcessorCount`
/// does not read: under `taskset -c 0` it still counts every core), and its cgroup's quota (cgroup v2 `cpu.max`,
/// or v1 `cpu.cfs_quota_us` over `cpu.cfs_period_us`) rounded up.
///
/// The files are parsed as bytes: this runs at every start, and `String` splitting and trimming cost about
/// 1.3 M instructions, 3 % of the start-up.
enum AvailableCores {
    /// The number of cores this process may use, at least 1.
    static let count: Int = {
        var count = ProcessInfo.processInfo.activeProcessorCount
        if let affinity = affinityCount() { count = min(count, affinity) }
        if let quota = quotaCores() { count = min(count, quota) }
        return max(1, count)
    }()

    /// The number of cores in this process's affinity mask (`Cpus_allowed_list` in /proc/self/status), or nil when
    /// it cannot be read.
    static func affinityCount() -> Int? {
        guard let status = contents(of: "/proc/self/status"),
            let list = value(after: Array("Cpus_allowed_list:".utf8), in: status)
        else { return nil }
        return cores(cpuList: list)
    }

    /// The cores the process's control group allows, rounded up, or nil for no quota (or none readable).
    static func quotaCores() -> Int? {
        // cgroup v2: the process's own group (`0::/path` in /proc/self/cgroup), then the root of the mount (inside a
        // container the group is usually mounted as the root).
        var v2Paths = ["/sys/fs/cgroup/cpu.max"]
        if let groups = contents(of: "/proc/self/cgroup"),
            let path = value(after: Array("0::".utf8), in: groups),
            path != Array("/".utf8)
        {
            v2Paths.insert("/sys/fs/cgroup" + String(decoding: path, as: UTF8.self) + "/cpu.max", at: 0)
        }
        for path in v2Paths {
            if let text = contents(of: path) { return cores(cpuMax: text) }
        }
        // cgroup v1.
        if let quota = contents(of: "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
            let period = contents(of: "/sys/fs/cgroup/cpu/cpu.cfs_period_us")
        {
            return cores(quota: quota, period: period)
        }
        return nil
    }

    /// The number of cores in a kernel CPU list (`0-3,8,10-11`: 7), or nil when it is empty or unreadable.
    static func cores(cpuList text: some Collection<UInt8>) -> Int? {
        var count = 0
        for item in trimmed(text).split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let bounds = item.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            guard bounds.count <= 2, let first = number(bounds[0]) else { return nil }
            let last = bounds.count == 2 ? number(bounds[1]) : first
            guard let last, last >= first else { return nil }
            count += last - first + 1
        }
        return count > 0 ? count : nil
    }

    /// The cores a cgroup v2 `cpu.max` allows (`200000 100000`: 2; `150000 100000`: 2), or nil for `max` or
    /// anything unreadable.
    static func cores(cpuMax text: some Collection<UInt8>) -> Int? {
        let fields = trimmed(text).split(separator: UInt8(ascii: " "))
        guard fields.count == 2 else { return nil }
        return cores(quota: fields[0], period: fields[1])
    }

    /// `quota` over `period` microseconds, rounded up, or nil when the quota is `max`, `-1` (none) or unreadable.
    static func cores(quota: some Collection<UInt8>, period: some Collection<UInt8>) -> Int? {
        guard let quota = number(trimmed(quota)), let period = number(trimmed(period)), quota > 0, period > 0 else {
            return nil
        }
        return max(1, (quota + period - 1) / period)
    }

    /// The decimal number `digits` spells (digits only, at most 18 of them), or nil.
    private static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `bytes` without leading and trailing spaces, tabs and line breaks.
    private static func trimmed(_ bytes: some Collection<UInt8>) -> ArraySlice<UInt8> {
        let array = Array(bytes)
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = array.firstIndex(where: { !isBlank($0) }), let last = array.lastIndex(where: { !isBlank($0) })
        else { return [] }
        return array[first...last]
    }

    /// The rest of the first line that starts with `key`, trimmed, or nil when no line does.
    static func value(after key: [UInt8], in text: [UInt8]) -> [UInt8]? {
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.count
            let line = text[lineStart..<lineEnd]
            if line.starts(with: key) { return Array(trimmed(line.dropFirst(key.count))) }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// The bytes of the small file at `path` (its first 16 KiB), or nil when it cannot be read.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 16 << 10)
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            guard read > 0 else { break }
            count += read
        }
        return Array(bytes[..<count])
    }
}
