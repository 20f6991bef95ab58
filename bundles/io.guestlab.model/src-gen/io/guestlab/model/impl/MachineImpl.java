/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.Device;
import io.guestlab.model.DeviceTree;
import io.guestlab.model.GuestlabFactory;
import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.Machine;
import io.guestlab.model.MemorySize;
import io.guestlab.model.TimeMode;
import io.guestlab.model.VirtioTransport;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getHarts <em>Harts</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getTimeMode <em>Time Mode</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getVirtioTransport <em>Virtio Transport</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getInitrd <em>Initrd</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getBootargs <em>Bootargs</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getDeviceTree <em>Device Tree</em>}</li>
 *   <li>{@link io.guestlab.model.impl.MachineImpl#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineImpl extends MinimalEObjectImpl.Container implements Machine {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHarts() <em>Harts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHarts()
	 * @generated
	 * @ordered
	 */
	protected static final int HARTS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getHarts() <em>Harts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHarts()
	 * @generated
	 * @ordered
	 */
	protected int harts = HARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final MemorySize MEMORY_EDEFAULT = (MemorySize)GuestlabFactory.eINSTANCE.createFromString(GuestlabPackage.eINSTANCE.getMemorySize(), "128M");

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected MemorySize memory = MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeMode() <em>Time Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeMode()
	 * @generated
	 * @ordered
	 */
	protected static final TimeMode TIME_MODE_EDEFAULT = TimeMode.VIRTUAL;

	/**
	 * The cached value of the '{@link #getTimeMode() <em>Time Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeMode()
	 * @generated
	 * @ordered
	 */
	protected TimeMode timeMode = TIME_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtioTransport() <em>Virtio Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtioTransport()
	 * @generated
	 * @ordered
	 */
	protected static final VirtioTransport VIRTIO_TRANSPORT_EDEFAULT = VirtioTransport.MODERN;

	/**
	 * The cached value of the '{@link #getVirtioTransport() <em>Virtio Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtioTransport()
	 * @generated
	 * @ordered
	 */
	protected VirtioTransport virtioTransport = VIRTIO_TRANSPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected String kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitrd() <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitrd()
	 * @generated
	 * @ordered
	 */
	protected static final String INITRD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitrd() <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitrd()
	 * @generated
	 * @ordered
	 */
	protected String initrd = INITRD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBootargs() <em>Bootargs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootargs()
	 * @generated
	 * @ordered
	 */
	protected static final String BOOTARGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBootargs() <em>Bootargs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootargs()
	 * @generated
	 * @ordered
	 */
	protected String bootargs = BOOTARGS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeviceTree() <em>Device Tree</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceTree()
	 * @generated
	 * @ordered
	 */
	protected DeviceTree deviceTree;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHarts() {
		return harts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHarts(int newHarts) {
		int oldHarts = harts;
		harts = newHarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__HARTS, oldHarts, harts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemorySize getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(MemorySize newMemory) {
		MemorySize oldMemory = memory;
		memory = newMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__MEMORY, oldMemory, memory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeMode getTimeMode() {
		return timeMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeMode(TimeMode newTimeMode) {
		TimeMode oldTimeMode = timeMode;
		timeMode = newTimeMode == null ? TIME_MODE_EDEFAULT : newTimeMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__TIME_MODE, oldTimeMode, timeMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtioTransport getVirtioTransport() {
		return virtioTransport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtioTransport(VirtioTransport newVirtioTransport) {
		VirtioTransport oldVirtioTransport = virtioTransport;
		virtioTransport = newVirtioTransport == null ? VIRTIO_TRANSPORT_EDEFAULT : newVirtioTransport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__VIRTIO_TRANSPORT, oldVirtioTransport, virtioTransport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(String newKernel) {
		String oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitrd() {
		return initrd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitrd(String newInitrd) {
		String oldInitrd = initrd;
		initrd = newInitrd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__INITRD, oldInitrd, initrd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootargs() {
		return bootargs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootargs(String newBootargs) {
		String oldBootargs = bootargs;
		bootargs = newBootargs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__BOOTARGS, oldBootargs, bootargs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTree getDeviceTree() {
		return deviceTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeviceTree(DeviceTree newDeviceTree, NotificationChain msgs) {
		DeviceTree oldDeviceTree = deviceTree;
		deviceTree = newDeviceTree;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__DEVICE_TREE, oldDeviceTree, newDeviceTree);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceTree(DeviceTree newDeviceTree) {
		if (newDeviceTree != deviceTree) {
			NotificationChain msgs = null;
			if (deviceTree != null)
				msgs = ((InternalEObject)deviceTree).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.MACHINE__DEVICE_TREE, null, msgs);
			if (newDeviceTree != null)
				msgs = ((InternalEObject)newDeviceTree).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.MACHINE__DEVICE_TREE, null, msgs);
			msgs = basicSetDeviceTree(newDeviceTree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.MACHINE__DEVICE_TREE, newDeviceTree, newDeviceTree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, GuestlabPackage.MACHINE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuestlabPackage.MACHINE__DEVICE_TREE:
				return basicSetDeviceTree(null, msgs);
			case GuestlabPackage.MACHINE__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.MACHINE__NAME:
				return getName();
			case GuestlabPackage.MACHINE__HARTS:
				return getHarts();
			case GuestlabPackage.MACHINE__MEMORY:
				return getMemory();
			case GuestlabPackage.MACHINE__TIME_MODE:
				return getTimeMode();
			case GuestlabPackage.MACHINE__VIRTIO_TRANSPORT:
				return getVirtioTransport();
			case GuestlabPackage.MACHINE__FIRMWARE:
				return getFirmware();
			case GuestlabPackage.MACHINE__KERNEL:
				return getKernel();
			case GuestlabPackage.MACHINE__INITRD:
				return getInitrd();
			case GuestlabPackage.MACHINE__BOOTARGS:
				return getBootargs();
			case GuestlabPackage.MACHINE__DEVICE_TREE:
				return getDeviceTree();
			case GuestlabPackage.MACHINE__DEVICES:
				return getDevices();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuestlabPackage.MACHINE__NAME:
				setName((String)newValue);
				return;
			case GuestlabPackage.MACHINE__HARTS:
				setHarts((Integer)newValue);
				return;
			case GuestlabPackage.MACHINE__MEMORY:
				setMemory((MemorySize)newValue);
				return;
			case GuestlabPackage.MACHINE__TIME_MODE:
				setTimeMode((TimeMode)newValue);
				return;
			case GuestlabPackage.MACHINE__VIRTIO_TRANSPORT:
				setVirtioTransport((VirtioTransport)newValue);
				return;
			case GuestlabPackage.MACHINE__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case GuestlabPackage.MACHINE__KERNEL:
				setKernel((String)newValue);
				return;
			case GuestlabPackage.MACHINE__INITRD:
				setInitrd((String)newValue);
				return;
			case GuestlabPackage.MACHINE__BOOTARGS:
				setBootargs((String)newValue);
				return;
			case GuestlabPackage.MACHINE__DEVICE_TREE:
				setDeviceTree((DeviceTree)newValue);
				return;
			case GuestlabPackage.MACHINE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GuestlabPackage.MACHINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__HARTS:
				setHarts(HARTS_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__MEMORY:
				setMemory(MEMORY_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__TIME_MODE:
				setTimeMode(TIME_MODE_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__VIRTIO_TRANSPORT:
				setVirtioTransport(VIRTIO_TRANSPORT_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__INITRD:
				setInitrd(INITRD_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__BOOTARGS:
				setBootargs(BOOTARGS_EDEFAULT);
				return;
			case GuestlabPackage.MACHINE__DEVICE_TREE:
				setDeviceTree((DeviceTree)null);
				return;
			case GuestlabPackage.MACHINE__DEVICES:
				getDevices().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GuestlabPackage.MACHINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GuestlabPackage.MACHINE__HARTS:
				return harts != HARTS_EDEFAULT;
			case GuestlabPackage.MACHINE__MEMORY:
				return MEMORY_EDEFAULT == null ? memory != null : !MEMORY_EDEFAULT.equals(memory);
			case GuestlabPackage.MACHINE__TIME_MODE:
				return timeMode != TIME_MODE_EDEFAULT;
			case GuestlabPackage.MACHINE__VIRTIO_TRANSPORT:
				return virtioTransport != VIRTIO_TRANSPORT_EDEFAULT;
			case GuestlabPackage.MACHINE__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case GuestlabPackage.MACHINE__KERNEL:
				return KERNEL_EDEFAULT == null ? kernel != null : !KERNEL_EDEFAULT.equals(kernel);
			case GuestlabPackage.MACHINE__INITRD:
				return INITRD_EDEFAULT == null ? initrd != null : !INITRD_EDEFAULT.equals(initrd);
			case GuestlabPackage.MACHINE__BOOTARGS:
				return BOOTARGS_EDEFAULT == null ? bootargs != null : !BOOTARGS_EDEFAULT.equals(bootargs);
			case GuestlabPackage.MACHINE__DEVICE_TREE:
				return deviceTree != null;
			case GuestlabPackage.MACHINE__DEVICES:
				return devices != null && !devices.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", harts: ");
		result.append(harts);
		result.append(", memory: ");
		result.append(memory);
		result.append(", timeMode: ");
		result.append(timeMode);
		result.append(", virtioTransport: ");
		result.append(virtioTransport);
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", initrd: ");
		result.append(initrd);
		result.append(", bootargs: ");
		result.append(bootargs);
		result.append(')');
		return result.toString();
	}

} //MachineImpl
