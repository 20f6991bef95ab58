/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exit Code Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.ExitCodeResult#getVia <em>Via</em>}</li>
 *   <li>{@link io.guestlab.model.ExitCodeResult#getExpected <em>Expected</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getExitCodeResult()
 * @model
 * @generated
 */
public interface ExitCodeResult extends ResultCheck {
	/**
	 * Returns the value of the '<em><b>Via</b></em>' attribute.
	 * The literals are from the enumeration {@link io.guestlab.model.ExitChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Via</em>' attribute.
	 * @see io.guestlab.model.ExitChannel
	 * @see #setVia(ExitChannel)
	 * @see io.guestlab.model.GuestlabPackage#getExitCodeResult_Via()
	 * @model
	 * @generated
	 */
	ExitChannel getVia();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ExitCodeResult#getVia <em>Via</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Via</em>' attribute.
	 * @see io.guestlab.model.ExitChannel
	 * @see #getVia()
	 * @generated
	 */
	void setVia(ExitChannel value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(int)
	 * @see io.guestlab.model.GuestlabPackage#getExitCodeResult_Expected()
	 * @model
	 * @generated
	 */
	int getExpected();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ExitCodeResult#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(int value);

} // ExitCodeResult
