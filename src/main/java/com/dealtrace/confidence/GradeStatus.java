package com.dealtrace.confidence;

/**
 * Where a grade stands: with two-person grading a grade is first proposed, then confirmed or rejected by a second
 * admin; without it a grade is confirmed when given. Only confirmed grades show as the admin grade.
 */
public enum GradeStatus {
    PROPOSED, CONFIRMED, REJECTED
}
