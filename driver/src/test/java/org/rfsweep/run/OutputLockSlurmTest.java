package org.rfsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock of a run inside a SLURM job: the job id is recorded, and a lock whose SLURM job is gone
 * is taken over; a job still there, or one SLURM cannot be asked about, keeps its lock. SLURM is
 * a fake {@code squeue} first on the PATH, which prints and exits as each test says and records
 * its arguments.
 */
class OutputLockSlurmTest {
    @TempDir
    Path dir;
    private Path bin;
    private Path file;

    @BeforeEach
    void fakeBin() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        file = dir.resolve("out/_rfsweep.lock");
        Files.createDirectories(file.getParent());
    }

    @Test
    void theJobIdAndClusterAreRecorded() throws Exception {
        try (OutputLock lock = OutputLock.acquire(file, "rfsweep run q", false, slurm("77", "hpc"))) {
            String content = Files.readString(file);
            assertTrue(content.contains("\nslurm_job=77\n"), content);
            assertTrue(content.contains("\nslurm_cluster=hpc\n"), content);
            assertTrue(content.contains("\nin_process=false\n"), content);
        }
        try (OutputLock lock = OutputLock.acquire(file, "rfsweep run q", false, notInSlurm())) {
            assertFalse(Files.readString(file).contains("slurm_"), "no SLURM keys outside a job");
        }
    }

    @Test
    void aLockOfAJobSqueueNoLongerListsIsTakenOver() throws Exception {
        fakeSqueue("", 0);
        writeClusterLock("41", "hpc");
        try (OutputLock lock = OutputLock.acquire(file, "new", false, slurm("42", "hpc"))) {
            assertEquals("a run whose SLURM job has ended (squeue no longer lists job 41)", lock.takeoverReason());
            assertEquals("pid 12345 on node7 since 2026-01-01T00:00:00Z (rfsweep run old)", lock.takenOver());
            assertTrue(Files.readString(file).contains("slurm_job=42"), "the new run holds the lock");
        }
        assertEquals(List.of("--noheader", "--jobs=41", "--format=%T"), squeueArgs());
        try (var left = Files.list(file.getParent())) {
            assertEquals(0, left.count(), "the stale lock is gone, not set aside");
        }
    }

    @Test
    void aLockOfAJobInAFinalStateOrUnknownToSlurmIsTakenOver() throws Exception {
        fakeSqueue("TIMEOUT", 0);
        writeClusterLock("41", null);
        try (OutputLock lock = OutputLock.acquire(file, "new", false, slurm("42", "hpc"))) {
            assertEquals("a run whose SLURM job has ended (SLURM job 41 has ended (TIMEOUT))", lock.takeoverReason());
        }
        fakeSqueue("slurm_load_jobs error: Invalid job id specified", 1);
        writeClusterLock("41", "hpc");
        try (OutputLock lock = OutputLock.acquire(file, "new", false, notInSlurm())) {
            assertEquals("a run whose SLURM job has ended (SLURM does not know job 41 any more)", lock.takeoverReason());
        }
    }

    @Test
    void aLockOfARunningOrCompletingJobIsKept() throws Exception {
        for (String state : List.of("RUNNING", "COMPLETING", "PENDING", "SUSPENDED")) {
            fakeSqueue(state, 0);
            String lock = writeClusterLock("41", "hpc");
            OutputLock.LockHeldException e = assertThrows(OutputLock.LockHeldException.class,
                    () -> OutputLock.acquire(file, "new", false, slurm("42", "hpc")));
            assertEquals("output " + file.getParent() + " is locked by another run: pid 12345 on node7 since "
                    + "2026-01-01T00:00:00Z (rfsweep run old) in SLURM job 41 (SLURM job 41 is " + state
                    + "); wait for it to finish or use another --out", e.getMessage());
            assertEquals(lock, Files.readString(file), "never broken while the job is there");
        }
    }

    @Test
    void whenSlurmCannotBeAskedTheLockIsKeptWithTheCommandThatRemovesIt() throws Exception {
        writeClusterLock("41", "hpc"); // no squeue on the PATH
        OutputLock.LockHeldException e = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "new", false, slurm("42", "hpc")));
        assertTrue(e.getMessage().contains("in SLURM job 41, whose state could not be learnt (squeue is not on the PATH)"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("if that job has ended and no other run uses this output, remove it with: rm "
                + file), e.getMessage());

        fakeSqueue("slurm_load_jobs error: Unable to contact slurm controller (connect failure)", 1);
        e = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "new", false, slurm("42", "hpc")));
        assertTrue(e.getMessage().contains("(squeue failed: slurm_load_jobs error: Unable to contact slurm controller"),
                e.getMessage());
        assertTrue(Files.exists(file));
    }

    @Test
    void aSqueueThatHangsIsBounded() throws Exception {
        String sleep = Files.exists(Path.of("/usr/bin/sleep")) ? "/usr/bin/sleep" : "/bin/sleep";
        Files.writeString(bin.resolve("squeue"), "#!/bin/sh\nexec " + sleep + " 30\n");
        makeExecutable(bin.resolve("squeue"));
        writeClusterLock("41", "hpc");
        long t0 = System.nanoTime();
        OutputLock.LockHeldException e = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "new", false, new SlurmJobs(env("42", "hpc"), 500)));
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "bounded by the timeout");
        assertTrue(e.getMessage().contains("squeue gave no answer within 0.5 s"), e.getMessage());
    }

    @Test
    void aJobOfAnotherClusterIsNeverJudgedFromHere() throws Exception {
        fakeSqueue("", 0); // this cluster's squeue does not know the other cluster's job
        writeClusterLock("41", "other");
        OutputLock.LockHeldException e = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "new", false, slurm("42", "hpc")));
        assertTrue(e.getMessage().contains("(it belongs to SLURM cluster other and this is cluster hpc)"), e.getMessage());
        assertFalse(Files.exists(bin.resolve("squeue.args")), "squeue was not asked");
    }

    @Test
    void aLockOfTheSameJobKeepsTheRulesOfRunsOutsideSlurm() throws Exception {
        fakeSqueue("", 0);
        writeClusterLock("42", "hpc"); // another run of this very job, on another host
        OutputLock.LockHeldException e = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "new", false, slurm("42", "hpc")));
        assertTrue(e.getMessage().endsWith("; wait for it to finish or use another --out"), e.getMessage());
        assertFalse(Files.exists(bin.resolve("squeue.args")), "squeue was not asked");
    }

    @Test
    void aDeadLocalRunInsideAJobIsTakenOverWithoutAskingSlurm() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Files.writeString(file, "pid=" + p.pid() + "\nhost=" + Hosts.localName() + "\nstarted=x\nin_process=true\n"
                + "command=old\nslurm_job=41\n");
        try (OutputLock lock = OutputLock.acquire(file, "new", true, slurm("42", "hpc"))) {
            assertEquals("a killed local run", lock.takeoverReason());
        }
        assertFalse(Files.exists(bin.resolve("squeue.args")), "squeue was not asked");
    }

    private String writeClusterLock(String job, String cluster) throws IOException {
        String content = "pid=12345\nhost=node7\nstarted=2026-01-01T00:00:00Z\nin_process=false\ncommand=rfsweep run old\n"
                + "slurm_job=" + job + "\n" + (cluster == null ? "" : "slurm_cluster=" + cluster + "\n");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return content;
    }

    /** A squeue that records its arguments, prints {@code output} and exits with {@code code}. */
    private void fakeSqueue(String output, int code) throws IOException {
        Path script = bin.resolve("squeue");
        Files.deleteIfExists(bin.resolve("squeue.args"));
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + bin.resolve("squeue.args") + "'\n"
                + (output.isEmpty() ? "" : "echo '" + output + "'" + (code == 0 ? "" : " >&2") + "\n")
                + "exit " + code + "\n");
        makeExecutable(script);
    }

    private List<String> squeueArgs() throws IOException {
        return Files.readAllLines(bin.resolve("squeue.args"));
    }

    private static void makeExecutable(Path script) throws IOException {
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private SlurmJobs slurm(String job, String cluster) {
        return new SlurmJobs(env(job, cluster), 10_000);
    }

    private SlurmJobs notInSlurm() {
        return new SlurmJobs(env(null, null), 10_000);
    }

    /** Only the fake bin on the PATH: a real squeue is never reached. */
    private Map<String, String> env(String job, String cluster) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin.toString());
        if (job != null) {
            env.put("SLURM_JOB_ID", job);
        }
        if (cluster != null) {
            env.put("SLURM_CLUSTER_NAME", cluster);
        }
        return env;
    }
}
