package org.genobay.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine a benchmark ran on, as the report states it. */
record Machine(int cores, String cpu, String memory, String os, String jdk, String bcftools, String hyperfine) {
    static Machine describe() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                totalMemory(),
                firstLine(Path.of("/proc/sys/kernel/osrelease"))
                        .map(r -> System.getProperty("os.name") + " " + r)
                        .orElse(System.getProperty("os.name") + " " + System.getProperty("os.version")),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + ")",
                versionOf("bcftools --version | head -2 | paste -sd ' ' -"),
                versionOf("hyperfine --version"));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    private static String totalMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: fall through
        }
        return "unknown";
    }

    private static Optional<String> firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String versionOf(String command) {
        try {
            List<String> lines = new ShellCommand(command).lines();
            return lines.isEmpty() ? "unknown" : lines.get(0).strip();
        } catch (RuntimeException e) {
            return "not installed";
        }
    }
}
