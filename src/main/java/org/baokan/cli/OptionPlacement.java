package org.baokan.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options mean the same wherever they stand, or are refused. An option written before a
 * subcommand belongs to the command before it: {@code gazetteer --db X alias …} used to edit the
 * default archive, for the alias subcommand had its own, unset {@code --db}. {@code --db} is handed
 * on to the subcommand that runs (if it takes one); any other option of a command that does not
 * run is refused, as is {@code --db} given twice with different archives.
 */
final class OptionPlacement {
    private static final String DB = "--db";

    private OptionPlacement() {
    }

    /** Hands {@code --db} on to the command that runs; returns what is wrong, or null. */
    static String apply(ParseResult parsed) {
        List<ParseResult> chain = new ArrayList<>();
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            chain.add(p);
        }
        ParseResult last = chain.get(chain.size() - 1);
        String runs = "'" + last.commandSpec().qualifiedName() + "'";
        OptionSpec target = last.commandSpec().findOption(DB);
        Object db = last.hasMatchedOption(DB) ? target.getValue() : null;
        for (ParseResult p : chain.subList(0, chain.size() - 1)) {
            for (OptionSpec o : p.matchedOptions()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue; // help and version are answered before anything runs
                }
                if (!o.longestName().equals(DB) || target == null) {
                    return o.longestName() + " is an option of '" + p.commandSpec().qualifiedName()
                            + "' and means nothing to " + runs + "; write the options after the command they belong to";
                }
                Object value = o.getValue();
                if (db != null && !Objects.equals(db, value)) {
                    return "--db is given twice (" + value + " and " + db + "); give the archive once";
                }
                db = value;
            }
        }
        if (db != null && !last.hasMatchedOption(DB)) {
            target.setValue(db);
        }
        return null;
    }
}
