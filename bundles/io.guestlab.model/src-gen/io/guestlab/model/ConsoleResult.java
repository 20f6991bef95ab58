/**
 */
package io.guestlab.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Console Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Console output patterns (java.util.regex): the test passes when a pass pattern matches before any fail pattern.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.ConsoleResult#getPass <em>Pass</em>}</li>
 *   <li>{@link io.guestlab.model.ConsoleResult#getFail <em>Fail</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getConsoleResult()
 * @model
 * @generated
 */
public interface ConsoleResult extends ResultCheck {
	/**
	 * Returns the value of the '<em><b>Pass</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pass</em>' attribute list.
	 * @see io.guestlab.model.GuestlabPackage#getConsoleResult_Pass()
	 * @model
	 * @generated
	 */
	EList<String> getPass();

	/**
	 * Returns the value of the '<em><b>Fail</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fail</em>' attribute list.
	 * @see io.guestlab.model.GuestlabPackage#getConsoleResult_Fail()
	 * @model
	 * @generated
	 */
	EList<String> getFail();

} // ConsoleResult
