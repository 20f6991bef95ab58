/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Test Discovery</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One test per file in a folder whose name matches a glob; the test is named after the file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.TestDiscovery#getFolder <em>Folder</em>}</li>
 *   <li>{@link io.guestlab.model.TestDiscovery#getGlob <em>Glob</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getTestDiscovery()
 * @model
 * @generated
 */
public interface TestDiscovery extends TestSource {
	/**
	 * Returns the value of the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder</em>' attribute.
	 * @see #setFolder(String)
	 * @see io.guestlab.model.GuestlabPackage#getTestDiscovery_Folder()
	 * @model
	 * @generated
	 */
	String getFolder();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestDiscovery#getFolder <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' attribute.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(String value);

	/**
	 * Returns the value of the '<em><b>Glob</b></em>' attribute.
	 * The default value is <code>"*.elf"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Glob</em>' attribute.
	 * @see #setGlob(String)
	 * @see io.guestlab.model.GuestlabPackage#getTestDiscovery_Glob()
	 * @model default="*.elf"
	 * @generated
	 */
	String getGlob();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestDiscovery#getGlob <em>Glob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Glob</em>' attribute.
	 * @see #getGlob()
	 * @generated
	 */
	void setGlob(String value);

} // TestDiscovery
