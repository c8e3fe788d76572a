package com.dealtrace.follow;

import com.dealtrace.web.PlainText;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How a user is told by email: an address and a digest (none, daily or at once). */
@PlainText
public record DigestForm(@Email(message = "{inbox.email.invalid}")
        @Pattern(regexp = "[^@\\s\\p{Z}\\p{C}]+@[^@\\s\\p{Z}\\p{C}]+", message = "{inbox.email.invalid}")
        @Size(max = 254, message = "{inbox.email.invalid}") String email,
        @NotNull(message = "{typeMismatch}") Inbox.Digest digest) {

    /** A digest needs an address to go to. */
    boolean lacksAddress() {
        return digest != null && digest != Inbox.Digest.OFF && (email == null || email.isBlank());
    }
}
