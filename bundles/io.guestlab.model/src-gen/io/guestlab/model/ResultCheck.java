/**
 */
package io.guestlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a test's verdict is read from the guest.
 * <!-- end-model-doc -->
 *
 *
 * @see io.guestlab.model.GuestlabPackage#getResultCheck()
 * @model abstract="true"
 * @generated
 */
public interface ResultCheck extends EObject {
} // ResultCheck
