// The score bands of the bingo card, with their stable ids.
package fi.vastausbingo.score;

/** 0 clean · 1–2 personal · 3–4 typical · 5–6 template-firm · 7 bingo. */
public enum Band {
    CLEAN("clean"), PERSONAL("personal"), TYPICAL("typical"), TEMPLATE_FIRM("template-firm"), BINGO("bingo");

    private final String id;

    Band(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Band of(int score) {
        if (score <= 0) {
            return CLEAN;
        }
        if (score <= 2) {
            return PERSONAL;
        }
        if (score <= 4) {
            return TYPICAL;
        }
        if (score <= 6) {
            return TEMPLATE_FIRM;
        }
        return BINGO;
    }
}
