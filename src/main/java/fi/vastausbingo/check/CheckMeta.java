// What a check declares about itself, readable without running it.
package fi.vastausbingo.check;

import java.util.List;

/**
 * @param id            stable id ("greeting")
 * @param maxPoints     points cap of the check in the bingo
 * @param kinds         the finding kinds it reports ("nameless", "missing")
 * @param needsCustomer true when it only works with the customer's message at hand
 */
public record CheckMeta(String id, int maxPoints, List<String> kinds, boolean needsCustomer) {}
