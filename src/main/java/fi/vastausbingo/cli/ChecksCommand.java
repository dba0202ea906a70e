// `vastausbingo checks`: lists the bingo items, their points and one-line meaning.
package fi.vastausbingo.cli;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.report.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reads check metadata only; runs nothing. */
@Command(name = "checks", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the checks, their points and what each looks for.")
final class ChecksCommand implements Callable<Integer> {
    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the texts: fi or en (default: from the locale).")
    String lang;

    @Override
    public Integer call() {
        Messages msg = Messages.of(lang != null ? lang : Messages.defaultLanguage());
        System.out.println(msg.get("checks.header"));
        for (String id : CheckRegistry.BINGO_ITEMS) {
            String points = id.equals("greeting") ? msg.get("checks.points.greeting") : "1";
            String title = msg.get("check." + id + ".title");
            System.out.printf("%-22s %-8s %s%n", id, points, title);
        }
        return 0;
    }
}
