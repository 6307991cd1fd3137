/** admissions-service: applications, eligibility, the entrance exam, admission, enrollment and withdrawal. */
package edu.lifecycle.admissions;
