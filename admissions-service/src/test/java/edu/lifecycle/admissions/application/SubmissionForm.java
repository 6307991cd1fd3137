package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.application.ApplicationCommand.SubmitApplication;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.time.Instant;

/** An application form a test fills in: a sound M2-ISD application for 2026-2027 unless told otherwise. */
public final class SubmissionForm {

    private String studentId = Applicants.STUDENT;
    private Instant at = Applicants.SUBMITTED_AT;
    private String programmeId = "M2-ISD";
    private String academicYear = "2026-2027";
    private String degreeTitle = "Master 1 International Relations";
    private String institution = "Université Jean Moulin Lyon 3";
    private String country = "FR";
    private int ects = 240;
    private StudyStream stream = StudyStream.PROFESSIONAL;
    private TrainingScheme scheme = TrainingScheme.INITIAL;
    private String fullName = "Camille Martin";
    private String email = "camille.martin@example.org";

    public SubmissionForm student(String studentId) {
        this.studentId = studentId;
        return this;
    }

    public SubmissionForm at(Instant at) {
        this.at = at;
        return this;
    }

    public SubmissionForm programme(String programmeId) {
        this.programmeId = programmeId;
        return this;
    }

    public SubmissionForm academicYear(String academicYear) {
        this.academicYear = academicYear;
        return this;
    }

    public SubmissionForm priorDegree(String title, String institution, String country) {
        this.degreeTitle = title;
        this.institution = institution;
        this.country = country;
        return this;
    }

    public SubmissionForm ects(int ects) {
        this.ects = ects;
        return this;
    }

    public SubmissionForm preferring(StudyStream stream, TrainingScheme scheme) {
        this.stream = stream;
        this.scheme = scheme;
        return this;
    }

    public SubmissionForm fullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public SubmissionForm email(String email) {
        this.email = email;
        return this;
    }

    public SubmitApplication command() {
        return new SubmitApplication(
                "submit-" + studentId,
                studentId,
                at,
                programmeId,
                academicYear,
                new PriorDegree(degreeTitle, institution, country, ects),
                stream,
                scheme,
                new ApplicantProfile(fullName, email));
    }
}
