// `vastausbingo explain CHECK`: what a check looks for, why, a bad example and what to write instead.
package fi.vastausbingo.cli;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.report.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the explain texts of one check under fixed headings. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explain one check: what it looks for, why, an example and what to write instead.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CHECK", description = "A check id, as listed by `vastausbingo checks`.")
    String check;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the texts: fi or en (default: from the locale).")
    String lang;

    @Override
    public Integer call() {
        Messages msg = Messages.of(lang != null ? lang : Messages.defaultLanguage());
        CheckRegistry registry = CheckRegistry.builtIn();
        if (registry.byId(check).isEmpty()) {
            System.err.println(msg.get("cli.unknown-check", check, String.join(", ",
                    registry.checks().stream().map(c -> c.meta().id()).toList())));
            return LintRun.ERROR;
        }
        int max = registry.byId(check).get().meta().maxPoints();
        System.out.println(check + " (" + (max > 1 ? "1-" + max : "1") + ")");
        System.out.println(msg.raw("check." + check + ".title"));
        for (String part : new String[] {"what", "why", "bad", "good", "notes"}) {
            System.out.println();
            System.out.println(msg.raw("explain.heading." + part));
            String text = msg.raw("explain." + check + "." + part).replace("\\n", "\n");
            for (String line : text.split("\n")) {
                System.out.println("  " + line);
            }
        }
        return 0;
    }
}
