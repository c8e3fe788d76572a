package com.dealtrace.security;

import com.dealtrace.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin's form for a new account; a blank password is generated and shown once. */
@PlainText
public class NewUserForm {

    @NotBlank(message = "Give a user name.")
    @Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,39}$",
            message = "3 to 40 lower-case letters, digits, dots, dashes or underscores.")
    private String username;
    @NotBlank(message = "Give the person's name.")
    @Size(max = 100, message = "Keep the name under 100 characters.")
    private String displayName;
    @NotNull(message = "Choose a role.")
    private Role role = Role.ANALYST;
    @Pattern(regexp = "^$|^.{12,200}$", message = "Use at least 12 characters, or leave it empty to generate one.")
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
