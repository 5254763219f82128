package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process, as a test would type it, and captures what it prints. */
final class Cli {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What one run of the command line produced. */
    record Result(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON:\n" + out, e);
            }
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs a fixed command line with more arguments after it. */
    static Result run(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    static Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A complete, valid incident: an angry, critical wrong-product case with names. */
    static ObjectNode incident() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", "T-1");
        node.put("mistake", "WRONG_PRODUCT");
        node.put("faultOwner", "COMPANY");
        node.put("severity", "CRITICAL");
        node.put("relationship", "ESTABLISHED");
        node.put("customerMood", "ANGRY");
        node.put("patientImpact", true);
        node.put("contact", "Dr. Amara Osei");
        node.put("account", "St. Brendan's Hospital");
        node.put("rep", "Marcus Lindqvist");
        node.put("product", "Kestrel tibial insert, size 4");
        node.put("salutation", "Dr. Osei");
        node.put("contactRole", "head of orthopaedic surgery");
        return node;
    }

    /** Only the four required facts. */
    static ObjectNode minimalIncident() {
        ObjectNode node = JSON.createObjectNode();
        node.put("mistake", "BILLING_ERROR");
        node.put("faultOwner", "REP");
        node.put("severity", "LOW");
        node.put("relationship", "STRONG");
        return node;
    }

    static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, JsonNode incident) {
        return write(folder, "incident.json", incident.toPrettyString());
    }
}
