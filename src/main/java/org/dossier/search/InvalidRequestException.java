package org.dossier.search;

/** A request parameter is missing, malformed or out of range; the message says which and why. */
public class InvalidRequestException extends RuntimeException {
    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
