package dev.amends.benchmarks;

import dev.amends.model.Incident;
import dev.amends.testing.space.InputSpace;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load generator for {@code amends serve} over loopback: a fixed number of keep-alive connections,
 * each sending {@code POST /plans} for incidents drawn at random from the whole input space (names
 * filled in) as soon as the previous answer has arrived, first for a warm-up, then for the measured
 * time; it prints plans per second, latency percentiles and errors (anything but a 200, or a
 * failed connection). The HTTP client is a few lines over plain sockets, so that the generator takes
 * little of the CPU the service runs on.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.amends.benchmarks.ServiceLoad [--port 8080] [--connections 8]
 *     [--warmup 10] [--seconds 30] [-- COMMAND...]
 * </pre>
 *
 * With a {@code COMMAND} (such as {@code ./amends serve --port 18080}) it starts the service itself,
 * times the start to the first answered plan, loads it, and stops it at the end.
 */
public final class ServiceLoad {

    /** How many different incident bodies the connections draw from. */
    static final int BODIES = 50_000;

    private static final String[] CONTACTS = {"Dr. Amara Osei", "Nurse Lee", "Mr. Patel", "Ms. Jordan", "Dr. Weiss"};
    private static final String[] PRODUCTS = {"Kestrel tibial insert, size 4", "sterile drill bit 3.2 mm", "lens +21.5 D"};

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = 8080;
        int connections = 8;
        int warmup = 10;
        int seconds = 30;
        List<String> command = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--" -> {
                    command = List.of(Arrays.copyOfRange(args, i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --port N, --connections N, --warmup SECONDS, --seconds SECONDS, -- COMMAND...");
            }
        }
        byte[][] requests = requests(port, BODIES, new SplittableRandom(42));
        Process service = null;
        try {
            if (!command.isEmpty()) {
                long start = System.nanoTime();
                service = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                long ready = awaitFirstPlan(port, requests[0], service, Duration.ofSeconds(60));
                System.out.printf(Locale.ROOT, "RESULT startToFirstPlanMs=%.0f serviceCpuMsToFirstPlan=%.0f%n",
                        (ready - start) / 1e6, cpuNanos(service.pid()) / 1e6);
            }
            run(port, connections, requests, warmup, seconds, service == null ? null : service.pid());
        } finally {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
    }

    /** Requests for incidents drawn at random from the whole input space, each ready to send. */
    static byte[][] requests(int port, int count, SplittableRandom random) {
        byte[][] requests = new byte[count][];
        for (int i = 0; i < count; i++) {
            Incident incident = InputSpace.at(random.nextInt(InputSpace.size()));
            String body = json(incident, "INC-" + i, CONTACTS[random.nextInt(CONTACTS.length)],
                    PRODUCTS[random.nextInt(PRODUCTS.length)]);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /plans HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n";
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(bytes);
            requests[i] = request.toByteArray();
        }
        return requests;
    }

    /** The incident in the command line's JSON format; the names are plain ASCII, so they need no escaping. */
    static String json(Incident incident, String id, String contact, String product) {
        return "{\"id\": \"" + id + "\", \"mistake\": \"" + incident.mistake() + "\", \"faultOwner\": \"" + incident.faultOwner()
                + "\", \"severity\": \"" + incident.severity() + "\", \"relationship\": \"" + incident.relationship()
                + "\", \"detectedBy\": \"" + incident.detectedBy() + "\", \"customerMood\": \"" + incident.customerMood()
                + "\", \"priorOccurrences\": " + incident.priorOccurrences() + ", \"patientImpact\": " + incident.patientImpact()
                + ", \"spreadBeyondContact\": " + incident.spreadBeyondContact() + ", \"publicComplaint\": "
                + incident.publicComplaint() + ", \"referralsLost\": " + incident.referralsLost()
                + ", \"account\": \"Northside Clinic\", \"contact\": \"" + contact + "\", \"rep\": \"Sam Rivera\", \"product\": \""
                + product + "\"}";
    }

    /** When the service first answered a plan with a 200, polling every 10 ms. */
    private static long awaitFirstPlan(int port, byte[] request, Process service, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped with status " + service.exitValue() + " before it answered");
            }
            try (Connection connection = new Connection(port)) {
                if (connection.exchange(request) == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the service did not answer within " + limit.toSeconds() + " s");
    }

    private static void run(int port, int connections, byte[][] requests, int warmup, int seconds, Long servicePid)
            throws InterruptedException {
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        LongAdder errors = new LongAdder();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[connections];
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[4_000_000];
            latencies.add(mine);
            int worker = c;
            Thread thread = new Thread(() -> counts[worker] = work(port, requests, new SplittableRandom(worker),
                    warmupEnd, end, mine, errors), "load-" + c);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(warmupEnd);
        long serviceCpuBefore = cpuNanos(servicePid);
        long ownCpuBefore = ownCpuNanos();
        sleepUntil(end);
        long serviceCpu = cpuNanos(servicePid) - serviceCpuBefore;
        long ownCpu = ownCpuNanos() - ownCpuBefore;
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "RESULT connections=%d warmupS=%d measuredS=%d plans=%d plansPerSecond=%.0f errors=%d "
                        + "p50Ms=%.2f p90Ms=%.2f p99Ms=%.2f p999Ms=%.2f maxMs=%.2f%n",
                connections, warmup, seconds, total, total / (double) seconds, errors.sum(),
                percentile(all, 0.50), percentile(all, 0.90), percentile(all, 0.99), percentile(all, 0.999),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        if (servicePid != null) {
            printCpu(serviceCpu, ownCpu, total);
        }
    }

    /**
     * The CPU time both processes took per plan while measured, and the plans per second two cores
     * would give if they ran nothing else: an estimate for a machine shared with other work, where
     * the measured rate shows the share of the cores the service got.
     */
    private static void printCpu(long serviceCpu, long ownCpu, int plans) {
        if (plans == 0 || serviceCpu < 0) {
            return;
        }
        double serviceMs = serviceCpu / 1e6 / plans;
        double ownMs = ownCpu / 1e6 / plans;
        System.out.printf(Locale.ROOT, "RESULT serviceCpuMsPerPlan=%.3f generatorCpuMsPerPlan=%.3f "
                + "plansPerSecondOnTwoIdleCores=%.0f%n", serviceMs, ownMs, 2000 / (serviceMs + ownMs));
    }

    /** The CPU time (user and system) a process has taken, from /proc (Linux); -1 where it cannot be read. */
    private static long cpuNanos(Long pid) {
        if (pid == null) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime, stime: fields 14 and 15
            return ticks * 10_000_000L;   // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** One connection's loop; answers how many plans it timed after the warm-up. */
    private static int work(int port, byte[][] requests, SplittableRandom random, long warmupEnd, long end,
                            long[] latencies, LongAdder errors) {
        int timed = 0;
        Connection connection = null;
        while (System.nanoTime() < end) {
            byte[] request = requests[random.nextInt(requests.length)];
            long start = System.nanoTime();
            boolean ok;
            try {
                if (connection == null) {
                    connection = new Connection(port);
                }
                ok = connection.exchange(request) == 200;
                if (connection.closed) {
                    connection.close();
                    connection = null;
                }
            } catch (IOException e) {
                ok = false;
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
            }
            long finish = System.nanoTime();
            if (start >= warmupEnd && finish <= end) {
                if (!ok) {
                    errors.increment();
                }
                if (timed < latencies.length) {
                    latencies[timed++] = finish - start;
                }
            }
        }
        if (connection != null) {
            connection.close();
        }
        return timed;
    }

    /** One keep-alive HTTP/1.1 connection: sends a request, reads the whole answer, tells its status. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        boolean closed;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length >= 0) {
                skip(length);
            }
            return code;
        }

        private void skip(long n) throws IOException {
            in.skipNBytes(n);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
