/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rng</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtio entropy device; its bytes come from a seeded generator so runs stay reproducible.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.Rng#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.guestlab.model.Rng#getBus <em>Bus</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getRng()
 * @model
 * @generated
 */
public interface Rng extends Device {
	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see io.guestlab.model.GuestlabPackage#getRng_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Rng#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The virtio-mmio transport N (QEMU's bus=virtio-mmio-bus.N, 0 at 0x10001000, 0..7); unset: the highest free one, as QEMU chooses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bus</em>' attribute.
	 * @see #isSetBus()
	 * @see #unsetBus()
	 * @see #setBus(int)
	 * @see io.guestlab.model.GuestlabPackage#getRng_Bus()
	 * @model unsettable="true"
	 * @generated
	 */
	int getBus();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Rng#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus</em>' attribute.
	 * @see #isSetBus()
	 * @see #unsetBus()
	 * @see #getBus()
	 * @generated
	 */
	void setBus(int value);

	/**
	 * Unsets the value of the '{@link io.guestlab.model.Rng#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBus()
	 * @see #getBus()
	 * @see #setBus(int)
	 * @generated
	 */
	void unsetBus();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.Rng#getBus <em>Bus</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bus</em>' attribute is set.
	 * @see #unsetBus()
	 * @see #getBus()
	 * @see #setBus(int)
	 * @generated
	 */
	boolean isSetBus();

} // Rng
