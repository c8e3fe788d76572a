package com.dealtrace.deal;

import jakarta.persistence.Embeddable;

/** A deal's title and summary in another language. */
@Embeddable
class DealTranslation {

    private String language;
    private String title;
    private String summary;
    private int version;

    protected DealTranslation() {
    }

    DealTranslation(String language, String title, String summary) {
        this.language = language;
        this.title = title;
        this.summary = summary;
    }

    String getLanguage() {
        return language;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }
}
