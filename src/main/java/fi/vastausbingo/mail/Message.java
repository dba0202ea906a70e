// One reply as read from an input (a file, a mailbox entry or a JSONL line), before segmentation.
package fi.vastausbingo.mail;

import fi.vastausbingo.reply.SourceText;
import java.time.OffsetDateTime;

/**
 * A reply (or a draft or template) as read from its input, with what the input knew about it.
 * Every field but {@code source} and {@code body} may be null.
 *
 * @param source       what the user calls it: a path, "path#N" for the N-th entry of a mailbox, or a JSONL id
 * @param messageId    the Message-ID header, when known
 * @param subject      the decoded Subject
 * @param fromName     display name of the sender (for a reply: the agent)
 * @param fromAddress  address of the sender
 * @param toName       display name of the first recipient (for a reply: usually the customer)
 * @param inReplyTo    the In-Reply-To header
 * @param date         the Date header (or JSONL sentAt)
 * @param body         the text body, mapped to input positions
 * @param html         true when the body came from an HTML part
 * @param customerText the customer's message when the input carries it (JSONL "customer")
 * @param customerName the customer's name when the input carries it (JSONL "customerName")
 * @param agent        the agent's name or id when the input carries it (JSONL "agent")
 */
public record Message(
        String source,
        String messageId,
        String subject,
        String fromName,
        String fromAddress,
        String toName,
        String inReplyTo,
        OffsetDateTime date,
        SourceText body,
        boolean html,
        String customerText,
        String customerName,
        String agent) {

    /** The same message with the customer's message it answers (read from the same mailbox). */
    public Message withCustomer(String text, String name) {
        return new Message(source, messageId, subject, fromName, fromAddress, toName, inReplyTo, date, body, html,
                text, name, agent);
    }

    /** A message that is only a text (a draft, a template, stdin). */
    public static Message ofText(String source, SourceText body) {
        return new Message(source, null, null, null, null, null, null, null, body, false, null, null, null);
    }
}
