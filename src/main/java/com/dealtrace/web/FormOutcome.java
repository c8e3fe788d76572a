package com.dealtrace.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** How an edit form's POST ends when it does not redirect: sent back with its errors, or with a conflict. */
public final class FormOutcome {

    private FormOutcome() {
    }

    /**
     * A step that saves nothing ("Find", "Add a row") sends the form back (200) without the mistakes a save would
     * report, since the editor is still writing; values that could not be read at all keep their error and text.
     * Call after the form is in the model.
     */
    public static void stepped(Object form, BindingResult errors, Model model) {
        var kept = new BeanPropertyBindingResult(form, errors.getObjectName());
        // the same conversions as the binding had, so that values such as dates print as typed
        if (errors.getPropertyEditorRegistry() instanceof ConfigurablePropertyAccessor accessor
                && accessor.getConversionService() != null) {
            kept.initConversion(accessor.getConversionService());
        }
        errors.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(kept::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), kept);
    }

    /** The form goes back to the editor with each error beside its field (422). */
    public static void rejected(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    /**
     * Where the save met a newer version, prepares the conflict page (409): the differences for the model, and the
     * form moved onto the saved version so that saving it again is the editor's deliberate choice.
     */
    public static boolean conflicted(Saved saved, EditForm form, Model model, HttpServletResponse response) {
        if (saved instanceof Saved.Conflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(conflict.currentVersion());
            model.addAttribute("conflict", conflict.differences());
            return true;
        }
        return false;
    }
}
