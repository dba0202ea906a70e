package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map-free grouping behind pairing, and the id hash it relies on. */
class PairingGroupsTest {
    @Test
    void groupsYieldAscendingIndicesOfOneKeyAndLeaveZeroOut() {
        long[] keys = {7L << 40, 0, 9L << 40, 7L << 40, 7L << 40};
        Pairing.Groups g = new Pairing.Groups(keys.length, i -> keys[i]);
        List<Integer> seen = new ArrayList<>();
        g.forEach(7L << 40, seen::add);
        assertEquals(List.of(0, 3, 4), seen);
        seen.clear();
        g.forEach(0, seen::add);
        assertEquals(List.of(), seen);
        assertEquals(2, g.first(9L << 40, i -> true));
        assertEquals(-1, g.first(5L << 40, i -> true));
    }

    @Test
    void keysSharingTheirTopBitsAreToldApartByTheExactCheck() {
        // the two keys differ only in the low bits that the packed array gives to the index
        long a = (3L << 40) | 5;
        long b = (3L << 40) | 6;
        long[] keys = {a, b, a};
        Pairing.Groups g = new Pairing.Groups(keys.length, i -> keys[i]);
        assertEquals(1, g.first(b, i -> keys[i] == b));
        assertEquals(0, g.first(a, i -> keys[i] == a));
        List<Integer> seen = new ArrayList<>();
        g.forEach(b, i -> {
            if (keys[i] == b) {
                seen.add(i);
            }
        });
        assertEquals(List.of(1), seen);
    }

    @Test
    void idHashIsNeverZeroAndSeparatesIds() {
        assertEquals(0, Mailbox.idHash(null));
        assertNotEquals(0, Mailbox.idHash(""));
        assertNotEquals(Mailbox.idHash("<a1@example.fi>"), Mailbox.idHash("<a2@example.fi>"));
        assertEquals(Mailbox.idHash("<a1@example.fi>"), Mailbox.idHash("<a1@example.fi>"));
    }
}
