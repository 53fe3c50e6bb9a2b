package org.dossier.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark ran on, read from the operating system where it tells. */
final class Machine {
    private Machine() {}

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return Runtime.getRuntime().availableProcessors() + " cores" + (cpu == null ? "" : " (" + cpu + ")")
                + (memory == null ? "" : ", " + memory + " memory") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    /** Resident set size of this process, or -1 where /proc does not tell. */
    static long rssBytes() {
        String rss = firstValue(Path.of("/proc/self/status"), "VmRSS");
        if (rss == null) {
            return -1;
        }
        return Long.parseLong(rss.replaceAll("[^0-9]", "")) * 1024;
    }

    /** CPU time this process has used on all its threads, garbage collection included; -1 where the JVM does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
