// The result of reading one input item: a message, or the one-line reason it could not be read.
package fi.vastausbingo.mail;

/** One item read from the user's inputs: either a message or a failure with its reason. */
public sealed interface Loaded {
    String source();

    record Ok(Message message) implements Loaded {
        @Override
        public String source() {
            return message.source();
        }
    }

    /** {@code reason} is one short line for the user, without the source name. */
    record Failed(String source, String reason) implements Loaded {}
}
