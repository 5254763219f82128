package dev.amends.calendar;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an organisation's business calendar from a YAML file (read with SnakeYAML Engine, YAML 1.2):
 *
 * <pre>{@code
 * workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
 * workingHours: 09:00-17:00
 * holidays:
 *   2026-12-25: Christmas Day
 *   2027-01-01: New Year's Day
 * }</pre>
 *
 * Every key is optional; what is left out is as in {@link BusinessCalendar#standard()}. Every
 * problem is an {@link InvalidCalendarException} naming the file, the line and the key.
 */
public final class CalendarFile {

    /** The most bytes a calendar file may hold: years of holidays fit many times over. */
    static final int MAX_BYTES = 256 * 1024;

    private static final List<String> KEYS = List.of("workingDays", "workingHours", "holidays");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    private final String source;

    private CalendarFile(String source) {
        this.source = source;
    }

    /**
     * The calendar in a file.
     *
     * @throws InvalidCalendarException if the file cannot be read, or naming the line and key at fault
     */
    public static BusinessCalendar read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidCalendarException(name, 0, "", "is larger than " + MAX_BYTES / 1024
                        + " KB, the most a calendar file may hold; check it is the file you meant");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidCalendarException(name, 0, "", "no such file");
        } catch (IOException e) {
            throw new InvalidCalendarException(name, 0, "", "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCalendarException(name, 0, "", "is not UTF-8 text; save it as UTF-8");
        }
        return read(text, name);
    }

    /**
     * The calendar written in {@code yaml}.
     *
     * @param source how messages name the text, such as its file name
     * @throws InvalidCalendarException naming the line and key at fault
     */
    public static BusinessCalendar read(String yaml, String source) {
        return new CalendarFile(source).calendar(yaml);
    }

    private BusinessCalendar calendar(String yaml) {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source).build();
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml))).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            Mark at = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new InvalidCalendarException(source, at == null ? 0 : at.getLine() + 1, "", "is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException | StackOverflowError e) {
            throw new InvalidCalendarException(source, 0, "", "is not valid YAML (" + e.getClass().getSimpleName()
                    + "); a calendar is a mapping of workingDays, workingHours and holidays");
        }
        if (root.isEmpty()) {
            throw new InvalidCalendarException(source, 0, "", "is empty; give workingDays, workingHours or holidays "
                    + "(an empty file is more likely cut short than meant)");
        }
        MappingNode top = mapping(root.get(), "", "a mapping of " + String.join(", ", KEYS));
        BusinessCalendar.Builder calendar = BusinessCalendar.builder();
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : top.getValue()) {
            String key = scalar(entry.getKeyNode(), "", "a key: one of " + String.join(", ", KEYS));
            if (!KEYS.contains(key)) {
                throw problem(entry.getKeyNode(), key, "unknown key; allowed: " + String.join(", ", KEYS));
            }
            if (!seen.add(key)) {
                throw problem(entry.getKeyNode(), key, "is given twice; give it once");
            }
            Node value = entry.getValueNode();
            try {
                switch (key) {
                    case "workingDays" -> calendar.workingDays(days(value));
                    case "workingHours" -> hours(value, calendar);
                    default -> holidays(value, calendar);
                }
            } catch (InvalidCalendarException e) {
                throw e.file().isPresent() ? e : e.in(source, line(value));
            }
        }
        return calendar.build();
    }

    private DayOfWeek[] days(Node node) {
        if (!(node instanceof SequenceNode list)) {
            throw problem(node, "workingDays", "expected a list of days, such as [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (Node item : list.getValue()) {
            String name = scalar(item, "workingDays", "a day of the week, such as MONDAY");
            try {
                DayOfWeek day = DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
                if (days.contains(day)) {
                    throw problem(item, "workingDays", day + " is listed twice; list each day once");
                }
                days.add(day);
            } catch (IllegalArgumentException e) {
                if (e instanceof InvalidCalendarException known) {
                    throw known;
                }
                throw problem(item, "workingDays", quote(name) + " is not a day of the week; allowed: MONDAY, TUESDAY, "
                        + "WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
            }
        }
        return days.toArray(DayOfWeek[]::new);
    }

    private void hours(Node node, BusinessCalendar.Builder calendar) {
        String text = scalar(node, "workingHours", "opening and closing times, such as 09:00-17:00");
        Matcher m = HOURS.matcher(text.strip());
        if (!m.matches()) {
            throw problem(node, "workingHours", quote(text) + " is not a span of hours; write opening and closing times "
                    + "as HH:MM-HH:MM, such as 09:00-17:00");
        }
        calendar.workingHours(time(node, m.group(1)), time(node, m.group(2)));
    }

    private LocalTime time(Node node, String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw problem(node, "workingHours", quote(text) + " is not a time of day; hours 00-23, minutes 00-59");
        }
    }

    private void holidays(Node node, BusinessCalendar.Builder calendar) {
        if (node instanceof ScalarNode s && s.getValue().isBlank()) {
            return;   // "holidays:" with nothing under it: none
        }
        MappingNode map = mapping(node, "holidays", "a mapping of dates to names, such as 2026-12-25: Christmas Day");
        for (NodeTuple entry : map.getValue()) {
            String date = scalar(entry.getKeyNode(), "holidays", "a date, YYYY-MM-DD");
            LocalDate day;
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw problem(entry.getKeyNode(), "holidays", quote(date) + " is not a date; write dates as YYYY-MM-DD, "
                        + "such as 2026-12-25");
            }
            String name = scalar(entry.getValueNode(), "holidays." + day, "the holiday's name, such as Christmas Day");
            try {
                calendar.holiday(day, name);
            } catch (InvalidCalendarException e) {
                throw e.in(source, line(entry.getKeyNode()));
            }
        }
    }

    private MappingNode mapping(Node node, String field, String expected) {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw problem(node, field, "expected " + expected);
    }

    private String scalar(Node node, String field, String expected) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw problem(node, field, "expected " + expected + ", found a " + (node instanceof SequenceNode ? "list" : "mapping"));
    }

    private InvalidCalendarException problem(Node node, String field, String message) {
        return new InvalidCalendarException(source, line(node), field, message);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** A user's text in quotes, cut short and with control characters shown as escapes, so a message stays on one line. */
    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
