package com.dealtrace.security;

import com.dealtrace.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin's form for a new account; a blank password is generated and shown once. */
@PlainText
public class NewUserForm {

    @NotBlank(message = "{validation.newUserForm.username.notBlank}")
    @Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,39}$",
            message = "{validation.newUserForm.username.pattern}")
    private String username;
    @NotBlank(message = "{validation.newUserForm.displayName.notBlank}")
    @Size(max = 100, message = "{validation.newUserForm.displayName.size}")
    private String displayName;
    @NotNull(message = "{validation.newUserForm.role.notNull}")
    private Role role = Role.ANALYST;
    @Pattern(regexp = "^$|^.{12,200}$", message = "{validation.newUserForm.password.pattern}")
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
