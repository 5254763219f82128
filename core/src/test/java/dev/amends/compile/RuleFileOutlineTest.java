package dev.amends.compile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleFileOutlineTest {

    private static List<String> literals(String drl) {
        return RuleFileOutline.of(drl).literals.stream().map(RuleFileOutline.Literal::text).toList();
    }

    @Test
    void filesReadTogetherComeBackInTheirOrderWhateverTheirLengths() {
        List<RuleFile> files = List.of(
                new RuleFile("short.drl", "package a;\nrule \"short\" when then end\n"),
                new RuleFile("long.drl", "package b;\nrule \"long\" when then end\n"
                        + "// a comment that makes this file the longest of the three\n".repeat(20)),
                new RuleFile("middle.drl", "package c;\nrule \"middle\" when then end\n// longer than the first\n"));

        assertThat(RuleFileOutline.ofAll(files)).extracting(outline -> outline.packageName).containsExactly("a", "b", "c");
    }

    @Test
    void readsThePackage() {
        assertThat(RuleFileOutline.of("// package nope;\npackage a.b.c;\n").packageName).isEqualTo("a.b.c");
        assertThat(RuleFileOutline.of("rule x when then end").packageName).isEmpty();
    }

    @Test
    void findsEveryRuleWithItsLines() {
        RuleFileOutline outline = RuleFileOutline.of("""
                package p;
                rule "first"
                when
                    Incident()
                then
                    plan.step(Action.FIX, "a");
                end

                rule 'second' when Incident() then plan.step(Action.FIX, "b"); end
                rule third
                when
                then
                end
                """);

        assertThat(outline.rules).containsExactly(
                new RuleFileOutline.RuleOutline("first", 2, 6, 7),
                new RuleFileOutline.RuleOutline("second", 9, 9, 9),
                new RuleFileOutline.RuleOutline("third", 10, 0, 13));
    }

    @Test
    void unescapesQuotesInARuleName() {
        assertThat(RuleFileOutline.of("rule \"say \\\"thanks\\\"\" when then end").rules)
                .extracting(RuleFileOutline.RuleOutline::name).containsExactly("say \"thanks\"");
    }

    @Test
    void keywordsInCommentsAndStringsAreNotRules() {
        RuleFileOutline outline = RuleFileOutline.of("""
                // rule "commented out" when then end
                /*
                rule "also commented out"
                when then end
                */
                rule "real" when Incident(contact.orElse("") == "rule \\"x\\" then end") then
                    plan.step(Action.FIX, "then end rule \\"y\\"");
                end
                """);

        assertThat(outline.rules).containsExactly(new RuleFileOutline.RuleOutline("real", 6, 7, 8));
        assertThat(literals(outline.text())).containsExactly("then end rule \\\"y\\\"");
    }

    @Test
    void collectsOnlyTheStringsOfConsequences() {
        assertThat(literals("""
                global java.lang.String g = "{global}";
                rule "r"
                when
                    Incident(contact.orElse("{lhs}") != "x")
                then
                    plan.step(Action.FIX, "{one}").because("{two}"); // "{comment}"
                    char c = '"';
                    plan.step(Action.FIX, "{three}");
                end
                """)).containsExactly("{one}", "{two}", "{three}");
    }

    @Test
    void collectsTheStringsOnTheThenAndEndLines() {
        assertThat(literals("""
                rule "r" when Incident() then plan.step(Action.FIX, "{a}");
                    plan.step(Action.FIX, "{b}"); end
                rule "s" when Incident() then plan.step(Action.FIX, "{c}"); end
                """)).containsExactly("{a}", "{b}", "{c}");
    }

    @Test
    void aCommentMarkerInsideAStringIsText() {
        assertThat(literals("""
                rule "r" when then plan.step(Action.FIX, "http://x /* {a} */"); plan.step(Action.FIX, "{b}"); end
                """)).containsExactly("http://x /* {a} */", "{b}");
    }

    @Test
    void aBlockCommentMaySpanLinesAndShareThemWithCode() {
        assertThat(literals("""
                rule "r" when then
                    plan.step(Action.FIX, "{a}"); /* "{hidden}"
                    "{hidden}" */ plan.step(Action.FIX, "{b}");
                end
                """)).containsExactly("{a}", "{b}");
    }

    @Test
    void locatesALiteralByLineAndColumn() {
        RuleFileOutline outline = RuleFileOutline.of("rule r when\nthen\n  x(\"ab\\\"c{d}\");\nend\n");

        RuleFileOutline.Literal literal = outline.literals.get(0);

        assertThat(literal.text()).isEqualTo("ab\\\"c{d}");
        assertThat(outline.position(literal.offset())).as("first character after the quote").isEqualTo(new RuleFileOutline.Position(3, 6));
        assertThat(outline.position(literal.offset() + literal.text().indexOf("{d}")))
                .isEqualTo(new RuleFileOutline.Position(3, 11));
    }

    @Test
    void handlesWindowsLineBreaks() {
        RuleFileOutline outline = RuleFileOutline.of("rule \"r\"\r\nwhen\r\nthen\r\n  x(\"{a}\");\r\nend\r\n");

        assertThat(outline.rules).containsExactly(new RuleFileOutline.RuleOutline("r", 1, 4, 5));
        assertThat(outline.position(outline.literals.get(0).offset())).isEqualTo(new RuleFileOutline.Position(4, 6));
        assertThat(outline.line(4)).isEqualTo("  x(\"{a}\");");
    }

    @Test
    void aRuleMissingItsEndTakesTheNextRuleIntoItsConsequenceAsDroolsReadsIt() {
        RuleFileOutline outline = RuleFileOutline.of("""
                rule "open"
                when
                then
                    plan.step(Action.FIX, "a");
                rule "next" when then end
                """);

        assertThat(outline.parsed).as("Drools' parser reports the missing end").isFalse();
        assertThat(outline.rules).extracting(RuleFileOutline.RuleOutline::name).containsExactly("open");
        assertThat(outline.ruleAt(5)).map(RuleFileOutline.RuleOutline::name).contains("open");
    }

    @Test
    void linesOutsideRulesBelongToNoRule() {
        RuleFileOutline outline = RuleFileOutline.of("""
                rule "r" when then end

                function int f() { return 1; }
                """);

        assertThat(outline.ruleAt(1)).isPresent();
        assertThat(outline.ruleAt(3)).isEmpty();
    }

    @Test
    void declaredTypesAndQueriesAreNotRules() {
        RuleFileOutline outline = RuleFileOutline.of("""
                declare Note
                    text : String
                end
                query "notes" Note() end
                rule "r" when then end
                """);

        assertThat(outline.rules).extracting(RuleFileOutline.RuleOutline::name).containsExactly("r");
    }

    @Test
    void findsAStringLeftOpenInAConsequence() {
        RuleFileOutline outline = RuleFileOutline.of("""
                rule "r" when Incident(contact.orElse("") == "a
                b") then
                    plan.step(Action.FIX, "open);
                end
                """);

        assertThat(outline.unclosedStrings).singleElement()
                .satisfies(offset -> assertThat(outline.position(offset)).isEqualTo(new RuleFileOutline.Position(3, 27)));
    }
}
