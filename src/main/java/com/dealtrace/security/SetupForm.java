package com.dealtrace.security;

import com.dealtrace.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The setup page's form: the one-time token from the log, and the first admin's name and password. */
@PlainText
public class SetupForm {

    @NotBlank(message = "{validation.setup.token.notBlank}")
    @Size(max = 200, message = "{validation.setup.token.wrong}")
    private String token;
    @NotBlank(message = "{validation.newUserForm.username.notBlank}")
    @Pattern(regexp = "^$|" + FirstAdmin.USERNAME_PATTERN, message = "{validation.newUserForm.username.pattern}")
    private String username;
    @NotBlank(message = "{validation.newUserForm.displayName.notBlank}")
    @Size(max = 100, message = "{validation.newUserForm.displayName.size}")
    private String displayName;
    private String password;
    private String repeat;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
