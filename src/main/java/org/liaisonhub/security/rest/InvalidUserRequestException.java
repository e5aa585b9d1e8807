package org.liaisonhub.security.rest;

/** A call of {@code /api/admin/users} whose body lacks a field or has one of the wrong type: 400 invalid-request. */
public class InvalidUserRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidUserRequestException(String message) {
        super(message);
    }
}
