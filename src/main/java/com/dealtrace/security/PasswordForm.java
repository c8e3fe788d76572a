package com.dealtrace.security;

import com.dealtrace.web.PlainText;

/** A user's change of their own password: the current one, and the new one twice. */
@PlainText
public class PasswordForm {

    private String current;
    private String password;
    private String repeat;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
