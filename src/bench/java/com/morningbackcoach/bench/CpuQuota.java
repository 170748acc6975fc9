package com.morningbackcoach.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A share of one CPU for the subjects: a cgroup (v1 cpu controller) of this harness's own with a CFS quota, removed
 * afterwards. Lambda gives a function CPU in proportion to its memory, a whole vCPU at 1,769 MB; a 1,024 MB function has
 * about 0.58 of one, a 512 MB function about 0.29.
 */
final class CpuQuota implements AutoCloseable {

    static final Path CPU_CONTROLLER = Path.of("/sys/fs/cgroup/cpu");
    /** The CFS period: the quota is spent in slices of this length. An assumption; Lambda does not publish its own. */
    static final long PERIOD_MICROS = 20_000;

    private final Path group;
    private final double cpus;

    private CpuQuota(Path group, double cpus) {
        this.group = group;
        this.cpus = cpus;
    }

    static CpuQuota of(double cpus) {
        Path group = CPU_CONTROLLER.resolve("mbc-bench-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(group);
            Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(Math.round(PERIOD_MICROS * cpus)));
            return new CpuQuota(group, cpus);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a cgroup under " + CPU_CONTROLLER, e);
        }
    }

    /** The prefix that starts a subject inside the group, pinned to CPU 0. */
    List<String> command() {
        return List.of("sh", "-c", "echo $$ > " + group.resolve("cgroup.procs") + " && exec \"$@\"", "quota-" + cpus,
                "taskset", "-c", "0");
    }

    static String describe(List<String> prefix) {
        return prefix.get(0).equals("sh") ? "pinned to one CPU, held to " + prefix.get(3).substring(6) + " of it"
                : "pinned to one CPU (" + String.join(" ", prefix) + ")";
    }

    @Override
    public void close() {
        try {
            Files.delete(group);
        } catch (IOException e) {
            System.err.println("Could not remove " + group + ": " + e);
        }
    }
}
