/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ktap Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The Linux kernel's KTAP (KUnit, kselftest) on the console.
 * <!-- end-model-doc -->
 *
 *
 * @see io.guestlab.model.GuestlabPackage#getKtapResult()
 * @model
 * @generated
 */
public interface KtapResult extends ResultCheck {
} // KtapResult
