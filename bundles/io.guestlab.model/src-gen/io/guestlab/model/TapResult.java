/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tap Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Test Anything Protocol (version 13/14) on the console.
 * <!-- end-model-doc -->
 *
 *
 * @see io.guestlab.model.GuestlabPackage#getTapResult()
 * @model
 * @generated
 */
public interface TapResult extends ResultCheck {
} // TapResult
